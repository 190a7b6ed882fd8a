/** A dependency-free SVG line chart of risk (HS6 error rate) against coverage, one line per run. */
export function riskCoverageSvg(
  series: { name: string; color: string; points: { coverage: number; risk: number }[] }[],
): string {
  const W = 560,
    H = 360,
    L = 60,
    B = 50,
    T = 20,
    R = 20;
  const x = (c: number) => L + c * (W - L - R);
  const y = (r: number) => T + (1 - r) * (H - T - B);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (v) =>
        `<line x1="${x(0)}" y1="${y(v)}" x2="${x(1)}" y2="${y(v)}" stroke="#ddd"/><text x="${L - 8}" y="${y(v) + 4}" text-anchor="end" font-size="11">${v * 100}%</text>` +
        `<line x1="${x(v)}" y1="${y(0)}" x2="${x(v)}" y2="${y(1)}" stroke="#eee"/><text x="${x(v)}" y="${H - B + 16}" text-anchor="middle" font-size="11">${v * 100}%</text>`,
    )
    .join('');
  const lines = series
    .map((s, i) => {
      const d = s.points.map((p) => `${x(p.coverage).toFixed(1)},${y(p.risk).toFixed(1)}`).join(' ');
      return (
        `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${d}"/>` +
        `<text x="${x(0.02)}" y="${T + 16 + i * 16}" font-size="12" fill="${s.color}">${s.name}</text>`
      );
    })
    .join('');
  const riskLine = (r: number, label: string) =>
    `<line x1="${x(0)}" y1="${y(r)}" x2="${x(1)}" y2="${y(r)}" stroke="#c00" stroke-dasharray="4 3"/><text x="${x(1)}" y="${y(r) - 4}" text-anchor="end" font-size="10" fill="#c00">${label}</text>`;
  const target = riskLine(0.01, '1% risk (auto target)') + riskLine(0.05, '5% risk');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">` +
    `<rect width="${W}" height="${H}" fill="white"/>${grid}${target}${lines}` +
    `<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle" font-size="12">coverage (items kept, most confident first)</text>` +
    `<text x="16" y="${(T + H - B) / 2}" transform="rotate(-90 16 ${(T + H - B) / 2})" text-anchor="middle" font-size="12">risk (HS6 error rate)</text></svg>\n`
  );
}
