/** Entry point of the `gouji` binary. */
import { runCli } from './gouji';

let closeServer: (() => Promise<void>) | undefined;
const code = await runCli(process.argv.slice(2), undefined, (close) => (closeServer = close));
if (closeServer) {
  const stop = (): void => void closeServer?.().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  process.exitCode = code;
}
