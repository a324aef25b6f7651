// Reloads the course content (SIGHUP or a schedule file change); invalid content keeps the old and logs why.
import type { CommandDefinition } from '../core/command.ts';
import { errorMessage } from '../core/error-message.ts';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Core } from '../core/core.ts';
import { ContentError, formatIssue } from '../content/content-error.ts';
import { scheduleSource } from '../content/load-content.ts';
import { loadContentFor } from '../core/load-content-for.ts';

/**
 * Replaces `core.content` with freshly loaded content. False (old content kept) when the new one is invalid, as
 * `start` would refuse it: its `commands.off` is checked against the bot's `commands` too.
 */
export function reloadContent(core: Core, reason: string, commands: readonly CommandDefinition[]): boolean {
  try {
    const loaded = loadContentFor(core.config.contentPaths, commands);
    const content = core.extendSchedule
      ? { ...loaded, schedule: core.extendSchedule(loaded.schedule) }
      : loaded;
    core.content = content;
    core.log.info('content reloaded', { reason, events: content.schedule.events.length });
    return true;
  } catch (err) {
    if (!(err instanceof ContentError)) {
      core.log.error('content reload failed; keeping the previous content', {
        reason,
        error: errorMessage(err),
      });
      return false;
    }
    core.log.error('content reload rejected; keeping the previous content', {
      reason,
      problems: err.issues.length,
    });
    for (const issue of err.issues) core.log.error('content problem', { problem: formatIssue(issue) });
    return false;
  }
}

/**
 * Watches the schedule file's folder (editors often save by replacing the file, which a watch on the file
 * itself would miss) and reloads after changes settle. A course without a schedule has `schedule.yaml` beside its
 * content folder watched, so one saved there is loaded. Returns a function that stops watching.
 */
export function watchSchedule(
  core: Core,
  commands: readonly CommandDefinition[],
  onReload: () => void = () => {},
  settleMs = 250,
): () => void {
  const source = scheduleSource(core.config.contentPaths);
  const file = path.resolve(source.kind === 'none' ? (source.looked.at(-1) ?? '') : source.file);
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(path.dirname(file), (_event, name) => {
      if (name !== null && name !== path.basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (reloadContent(core, 'schedule file changed', commands)) onReload();
      }, settleMs);
    });
    watcher.on('error', (err) => core.log.warn('schedule watch failed', { error: errorMessage(err) }));
  } catch (err) {
    core.log.warn('cannot watch the schedule file; use SIGHUP to reload', {
      error: errorMessage(err),
    });
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
