/** CPU seconds (user + system) this process has used: a busy machine inflates it far less than wall time. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
