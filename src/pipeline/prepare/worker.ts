/** Entry of the pool's worker threads (see run.ts): one task in; the catalog's part of its result out, the rest into the cache's pack or the results store. */
import { runTask, type PrepareTask } from './task.ts'

export default function prepareInWorker(task: PrepareTask) {
  return runTask(task)
}
