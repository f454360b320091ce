/**
 * Progress for long builds, on stderr: one line rewritten in place on a
 * terminal, and in CI logs a line when a stage starts, one every tenth of
 * the way on long stages, and one when it ends, so a log never stops at "1/5".
 */
export function progressReporter(stream: NodeJS.WriteStream, quiet: boolean): (stage: string, done: number, total: number) => void {
  let lastStage = ''
  let lastTenth = -1
  return (stage, done, total) => {
    if (quiet) return
    const tenth = total > 0 ? Math.floor((done * 10) / total) : 10
    const line = `[${stage}] ${done}/${total}`
    if (stream.isTTY) {
      stream.write(`\r\x1b[K${line}${done === total ? '\n' : ''}`)
    } else if (stage !== lastStage || done === total || (total >= 100 && tenth !== lastTenth)) {
      stream.write(`${line}\n`)
    }
    lastStage = stage
    lastTenth = tenth
  }
}
