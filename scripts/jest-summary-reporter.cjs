// Prints one plain closing line ("jest: N passed, N failed, N skipped") that
// CI systems which do not know Jest's own summary can read.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } =
      results
    console.log(
      `jest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`,
    )
  }
}
module.exports = SummaryReporter
