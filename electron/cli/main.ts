/** Entry point of the `gouji` binary. */
import { runCli } from './gouji';

// For `npm run bench`: peak memory (worker threads included: they share this process) and CPU time.
if (process.env.GOUJI_REPORT_RESOURCES === '1') {
  process.once('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write(`${JSON.stringify({ goujiResources: { maxRssBytes: usage.maxRSS * 1024, userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime } })}\n`);
  });
}

let closeServer: (() => Promise<void>) | undefined;
const code = await runCli(process.argv.slice(2), undefined, (close) => (closeServer = close));
if (closeServer) {
  const stop = (): void => void closeServer?.().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  process.exitCode = code;
}
