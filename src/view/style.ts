/** The stylesheet shared by the logbook viewer and the playground (inline; no fonts or images fetched). */
export const VIEW_CSS = `
:root { color-scheme: light; --fg: #1b1f24; --muted: #5c6570; --line: #d8dde3; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header.top, main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
h2 { font-size: 1rem; margin: 0 0 .5rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.meta { color: var(--muted); margin: 0; }
.panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: 1rem; margin-top: 1rem; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .85rem 1rem; }
.risk { display: inline-block; padding: .05rem .5rem; border-radius: 1rem; font-weight: 600; font-size: .85rem; color: #fff; background: #607d8b; }
.risk-none { background: #78909c; } .risk-low { background: #2e7d32; } .risk-medium { background: #b26a00; }
.risk-high { background: #c62828; } .risk-critical { background: #6a1b9a; }
.signals { list-style: none; margin: 0; padding: 0; }
.signal { border-left: 4px solid #b26a00; padding: .35rem .6rem; margin-bottom: .5rem; background: #fff8e1; border-radius: 0 .35rem .35rem 0; }
.signal.urgent { border-color: #6a1b9a; background: #f3e5f5; }
.signal-confidence, .signal-where { color: var(--muted); font-size: .85rem; }
.signal-action { font-size: .9rem; }
.signals-none, .chart-empty { color: var(--muted); margin: 0; }
.chart { list-style: none; margin: 0; padding: 0; }
.chart-row { display: grid; grid-template-columns: 10.5rem 1fr 2.5rem; align-items: center; gap: .5rem; width: 100%;
  border: 0; background: none; padding: .15rem .25rem; font: inherit; color: inherit; text-align: left; cursor: pointer; border-radius: .25rem; }
.chart-row:hover, .chart-row.active { background: #eef1f4; }
.chart-label abbr { font-size: .7rem; color: var(--muted); text-decoration: none; }
.chart-track { height: .8rem; background: #eceff1; border-radius: .4rem; overflow: hidden; }
.chart-bar { display: block; height: 100%; border-radius: .4rem; }
.chart-count { text-align: right; font-variant-numeric: tabular-nums; }
.filter { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 1rem 0; }
.filter select { font: inherit; padding: .2rem .4rem; }
.filter-status { color: var(--muted); }
.msg { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .9rem; margin-bottom: .6rem; }
.msg[hidden] { display: none; }
.msg-head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; font-size: .82rem; color: var(--muted); margin-bottom: .25rem; }
.msg-head .risk { font-size: .72rem; }
.msg-signal { background: #fff3cd; color: #6b4e00; border-radius: .25rem; padding: 0 .35rem; }
.msg-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.failed { background: #fdecea; }
mark.hl { --hl: #607d8b; background: color-mix(in srgb, var(--hl) 16%, white); color: inherit; border: 1px solid var(--hl);
  border-radius: .3rem; padding: 0 .1rem 0 .25rem; overflow-wrap: anywhere; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.hl .hl-text { font-weight: 600; }
mark.hl .hl-label { display: inline-block; margin-left: .3rem; padding: 0 .3rem; border-radius: .2rem; background: var(--hl); color: #fff;
  font-size: .7rem; font-weight: 600; vertical-align: .1em; line-height: 1.4; white-space: nowrap; }
mark.hl.dim { background: transparent; border-color: var(--line); }
mark.hl.dim .hl-label { background: #b0bec5; }
footer.note { max-width: 64rem; margin: 0 auto; padding: 0 1.25rem 2rem; color: var(--muted); font-size: .82rem; }
`;
