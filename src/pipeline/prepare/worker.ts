/** Entry of the pool's worker threads (see run.ts): one task in, one result out. */
import { runTask, type PrepareTask } from './task.ts'

export default function prepareInWorker(task: PrepareTask) {
  return runTask(task)
}
