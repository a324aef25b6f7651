// Gets a real session from the bot, as a browser does when it opens the page: the cookie to send back.
export async function newSession(base: string): Promise<{ cookie: string; id: string }> {
  const res = await fetch(`${base}/`);
  await res.arrayBuffer();
  const m = /^cb_session=(([\w-]{22})\.[\w-]{43});/.exec(res.headers.get('set-cookie') ?? '');
  if (!m) throw new Error(`GET / set no session cookie: ${res.headers.get('set-cookie')}`);
  return { cookie: `cb_session=${m[1]}`, id: m[2] ?? '' };
}
