// claims topics: the questions the tool can compare positions on.
import { loadTopics } from '../io/topics.js';
import type { Io } from '../io/terminal.js';
import { renderTable } from '../render/table.js';
import type { Style } from '../render/style.js';
import { type Format, json, printFlat, schemaRef } from './shared.js';

export function topics(opts: { format: Format; topics?: readonly string[] }, io: Io, style: Style): number {
  const list = loadTopics(opts.topics);
  if (opts.format === 'json') io.out(json({ $schema: schemaRef('topics'), schema: 'claims-topics/1', topics: list }));
  else if (opts.format === 'ndjson') for (const t of list) io.out(`${JSON.stringify(t)}\n`);
  else if (printFlat(opts.format, ['id', 'question', 'actors', 'events', 'denials'],
    list.map((t) => [t.id, t.question, t.actors.join('; '), t.events.join('; '), t.denials.join('; ')]), io)) { /* printed */ }
  else io.out(renderTable([{ header: 'Topic', width: 20, min: 12 }, { header: 'Question' }, { header: 'Event words', width: 30, min: 16, drop: 1 }],
    list.map((t) => [t.id, t.question, t.events.slice(0, 6).join(', ') + (t.events.length > 6 ? ', …' : '')]), style, io.columns));
  return 0;
}
