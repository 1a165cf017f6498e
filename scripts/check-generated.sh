#!/usr/bin/env bash
# Regenerates schemas/ and dist/ from the sources and fails when they differ
# from the committed files (or when a generated file is not committed).
# Run by .ci/run and by the release workflow before anything is published.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run schema
npm run octokit
npm run build
if ! git diff --exit-code --stat -- schemas dist src/code/octokit-methods.ts; then
  echo "::error::schemas/, dist/ or src/code/octokit-methods.ts is stale: run 'npm run schema && npm run octokit && npm run build' and commit the result" >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- schemas dist)
if [ -n "$untracked" ]; then
  echo "::error::generated files not committed: $untracked" >&2
  exit 1
fi
echo "schemas/ and dist/ match the sources"
