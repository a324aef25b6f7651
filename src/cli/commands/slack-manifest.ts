// `slack-manifest [--format yaml|json] [--socket-mode]`: prints the Slack app manifest for this course.
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { commands } from '../../../commands/index.ts';
import { configOrReport, contentOrReport } from '../load-or-report.ts';
import { buildSlackManifest } from '../../platforms/slack/manifest.ts';
import { offeredCommands } from '../offered-commands.ts';

export function registerSlackManifest(program: Command): void {
  program
    .command('slack-manifest')
    .description(
      'print the Slack app manifest (paste it at api.slack.com/apps → Create New App → From a manifest)',
    )
    .option('--format <format>', 'yaml or json', 'yaml')
    .option('--socket-mode', 'a Socket Mode app without request URLs (default: when SLACK_APP_TOKEN is set)')
    .action((opts: { format: string; socketMode?: boolean }) => {
      if (opts.format !== 'yaml' && opts.format !== 'json') {
        console.error(`--format must be yaml or json, not "${opts.format}".`);
        process.exitCode = 1;
        return;
      }
      const config = configOrReport();
      if (!config) return;
      const content = contentOrReport(
        { faqDir: config.FAQ_DIR, scheduleFile: config.SCHEDULE_FILE },
        'The course content has problems; fix them first:',
        commands,
      );
      if (!content) return;
      // (the manifest lists the commands the course offers, as help does, with Canvas's deadlines counted)
      const manifest = buildSlackManifest(
        offeredCommands(commands, content, config, (line) => console.error(line)),
        {
          publicUrl: config.publicUrl,
          courseName: content.course.name,
          socketMode: opts.socketMode ?? Boolean(config.SLACK_APP_TOKEN),
        },
      );
      if (!config.PUBLIC_URL && !manifest.settings.socket_mode_enabled) {
        console.error('Note: PUBLIC_URL is not set, so the request URLs point at localhost.');
      }
      process.stdout.write(
        opts.format === 'json' ? `${JSON.stringify(manifest, null, 2)}\n` : stringify(manifest),
      );
    });
}
