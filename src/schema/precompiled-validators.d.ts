// Types of the generated precompiled-validators.js (see standalone.ts).
import type { ValidateFunction } from 'ajv'

export const validateTemplate: ValidateFunction
export const validateConfig: ValidateFunction
