// Search-as-you-type latency: the panel's and capture dialog's query round trip to the
// background's index (message from an extension page -> index -> hits), over mixed scripts.
const queries = [
  'acme',
  'север',
  'თბილ',
  'petrova',
  'иван',
  'ბერიძ',
  'nordic tr',
  'волга',
  'client12',
  'person1@client3',
  'aurora',
  'ладог',
  'კახეთ',
  'mikko',
  'oy',
];

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95) };
}

export async function benchSearch(b) {
  const { page, url } = b;
  await page.goto(`${url('dashboard.html')}#/accounts`);
  return page.evaluate(async (qs) => {
    const ask = (q) =>
      chrome.runtime.sendMessage({
        id: Math.random(),
        type: 'command',
        data: { type: 'search', q, limit: 8 },
        timestamp: Date.now(),
      });
    let t = performance.now();
    const first = await ask('warm');
    const build = performance.now() - t;
    if (!first?.res?.ok) throw new Error(`search failed: ${JSON.stringify(first)}`);
    const times = [];
    let hits = 0;
    for (let round = 0; round < 4; round++)
      for (const q of qs) {
        t = performance.now();
        const r = await ask(q);
        times.push(performance.now() - t);
        hits += r.res.value.length;
      }
    times.sort((a, b) => a - b);
    const med = times[Math.floor(times.length / 2)];
    const p95 = times[Math.floor(times.length * 0.95)];
    return [
      ['search index build (first query, 40,000 records)', `${build.toFixed(0)} ms`],
      [`search round trip (${times.length} queries, ${hits} hits)`, `median ${med.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`],
    ];
  }, queries);
}
export { stats };
