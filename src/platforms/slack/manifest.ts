// The Slack app manifest, generated from the command definitions, so a course creates its app in one step.
import { worksOn, type CommandDefinition } from '../../core/command.ts';
import { SLASH_COMMAND } from './handle-command.ts';
import { SLACK_EVENTS_PATH } from './http-receiver.ts';

export interface ManifestOptions {
  /** Public base URL of the bot (PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  courseName: string;
  /** Socket Mode apps have no request URLs. */
  socketMode: boolean;
}

export function buildSlackManifest(all: readonly CommandDefinition[], options: ManifestOptions) {
  const commands = all.filter((c) => worksOn(c, 'slack'));
  const requestUrl = `${options.publicUrl}${SLACK_EVENTS_PATH}`;
  const url = options.socketMode ? {} : { url: requestUrl };
  const names = commands.map((c) => c.name);
  const name = `${options.courseName} assistant`.slice(0, 35).trim();
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: `Course assistant for ${options.courseName}: answers from the course's information.`.slice(
        0,
        140,
      ),
      long_description: longDescription(commands),
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: {
        display_name: name
          .toLowerCase()
          .replace(/[^a-z0-9._-]+/g, '-')
          .slice(0, 80),
        always_online: true,
      },
      slash_commands: [
        {
          command: SLASH_COMMAND,
          description: fitList('Course assistant: ', names, 100),
          usage_hint: usageHint(commands),
          should_escape: false,
          ...url,
        },
      ],
    },
    oauth_config: {
      scopes: {
        bot: [
          'app_mentions:read',
          'channels:history',
          'chat:write',
          'commands',
          'groups:history',
          'im:history',
          'im:read',
          'im:write',
        ],
      },
    },
    settings: {
      event_subscriptions: {
        ...(!options.socketMode && { request_url: requestUrl }),
        bot_events: ['app_mention', 'message.channels', 'message.groups', 'message.im'],
      },
      interactivity: { is_enabled: true, ...(!options.socketMode && { request_url: requestUrl }) },
      org_deploy_enabled: false,
      socket_mode_enabled: options.socketMode,
      token_rotation_enabled: false,
    },
  };
}

/** `prefix a, b, c` cut at a whole name (with `…`) so a long list never ends mid-word. */
function fitList(prefix: string, names: readonly string[], max: number): string {
  let text = prefix.trimEnd();
  for (const [i, name] of names.entries()) {
    const next = `${i === 0 ? prefix : `${text}, `}${name}`;
    if (next.length > max - 2) return `${text}${i === 0 ? '' : ', '}…`;
    text = next;
  }
  return text;
}

function usageHint(commands: readonly CommandDefinition[]): string {
  const examples = commands.slice(0, 6).map((c) => {
    const first = c.options[0];
    return first ? `${c.name} <${first.name}>` : c.name;
  });
  return `[${examples.join(' | ')}${commands.length > 6 ? ' | …' : ''}]`.slice(0, 1000);
}

function longDescription(commands: readonly CommandDefinition[]): string {
  const lines = commands.map((c) => `• ${SLASH_COMMAND} ${c.name}: ${c.description}`);
  // Slack wants 175 to 4000 characters here.
  const text = [
    'Ask questions about the course in the Q&A channels or by mentioning the bot; it answers in thread when it is confident.',
    'Commands:',
    ...lines,
  ].join('\n');
  return text.slice(0, 4000);
}
