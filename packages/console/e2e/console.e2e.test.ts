// The web console end to end: Debian's Chromium against a real `freeface start` (embedded profile), every
// step through the pages as a user would, checked against what the REST API then holds.
import { readFileSync } from 'node:fs';
import { FACES_DIR, faceLabels, requireTestData } from '@freeface/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, requireChromium } from './browser.js';
import { DEAD_LETTER_REASON, putDeadLetter } from './dead-letter.js';
import { E2E_ADMIN, type FreefaceServer, startFreeface } from './freeface-server.js';

const ready = requireChromium() && requireTestData('faces');
const face = (path: string) => `${FACES_DIR}${path}`;
const b64 = (path: string) => readFileSync(face(path)).toString('base64');

describe.skipIf(!ready)('the web console in Chromium', { timeout: 240_000 }, () => {
  let server: FreefaceServer;
  let browser: Browser;
  let page: Page;
  const url = (path: string) => `${server.baseUrl}/admin${path}`;

  beforeAll(async () => {
    server = await startFreeface();
    browser = await openBrowser();
    // the offline plot, so that no test depends on (or asks for) map tiles
    await browser.context.addInitScript(() => localStorage.setItem('freeface.map', 'plot'));
    page = await browser.context.newPage();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function logIn(username: string, password: string) {
    await page.goto(url('/'));
    await page.waitForURL(/\/admin\/login$/);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  }

  async function newPerson(name: string, images: string[]): Promise<string> {
    const made = await server.admin.POST('/api/v1/persons', { body: { name } });
    const personId = made.data?.data.person_id as string;
    for (const image of images) {
      const enrolled = await server.admin.POST('/api/v1/faces/enroll', {
        body: { person_id: personId, image_data: b64(image) },
      });
      expect(enrolled.response.status, JSON.stringify(enrolled.error)).toBeLessThan(300);
    }
    return personId;
  }

  /** the stored image of a face of the person (a dead letter's image) */
  async function firstImageOf(personId: string): Promise<string | undefined> {
    const faces = await server.admin.GET('/api/v1/persons/{person_id}/faces', {
      params: { path: { person_id: personId }, query: { limit: 1 } },
    });
    return faces.data?.data.faces[0]?.image_id;
  }

  let leonardId = '';

  it('is where the banner of freeface start says', () => {
    expect(server.output()).toContain(`web console   ${server.baseUrl}/admin/`);
  });

  it("shows the API's own message when the login is refused", async () => {
    const refused = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'not-the-password' }),
    });
    const { message } = (await refused.json()) as { message: string };
    await page.goto(url('/'));
    await page.waitForURL(/\/admin\/login$/);
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(message);
  });

  it('logs in, and the session survives a reload', async () => {
    await logIn(E2E_ADMIN.username, E2E_ADMIN.password);
    expect(await page.getByTestId('who').textContent()).toBe('admin');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    expect(await page.getByTestId('who').textContent()).toBe('admin');
  });

  it('shows every page of an empty platform without an error', async () => {
    await page.getByText('No persons yet.').waitFor();
    for (const [link, heading] of [
      ['Recognize', 'Who is in these photos?'],
      ['Clusters', 'Unnamed clusters'],
      ['Jobs', 'Jobs followed here'],
      ['System', 'API keys'],
      ['People', 'People'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await page.getByText('Loading…').first().waitFor({ state: 'detached' });
      expect(await page.getByRole('alert').allTextContents(), link).toEqual([]);
      if (link === 'Clusters') await page.getByText('No unnamed cluster: nothing waits for a name.').waitFor();
      if (link === 'Jobs') await page.getByText('No job yet.', { exact: true }).waitFor();
    }
  });

  it('creates a person and enrolls a face from the UI', async () => {
    await page.getByLabel('Name', { exact: true }).fill('Leonard');
    await page.getByRole('button', { name: 'New person' }).click();
    await page.waitForURL(/\/admin\/people\/[^/]+$/);
    leonardId = decodeURIComponent(page.url().split('/').at(-1) as string);
    await page.getByLabel('Photo of this person').setInputFiles(face('identities/leonard/leonard1.png'));
    await page.getByRole('button', { name: 'Enroll face' }).click();
    await page.getByText('Enrolled 1 face.').waitFor();
    const card = page.getByTestId('face-card');
    await card.getByText(/^quality \d/).waitFor();
    // the thumbnail is GET /faces/{face_id}/thumbnail, fetched with the token, shown from a blob: URL
    const thumbnail = card.getByTestId('face-thumbnail');
    await thumbnail.waitFor();
    expect(await thumbnail.getAttribute('src')).toMatch(/^blob:/);
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(192);

    const person = await server.admin.GET('/api/v1/persons/{person_id}', {
      params: { path: { person_id: leonardId } },
    });
    expect(person.data?.data.name).toBe('Leonard');
  });

  it('recognizes a group photo and draws the names on the faces, left to right', async () => {
    // the others of bbt1 enrolled through the API; Leonard gets two more photos beside the one from the UI
    for (const name of ['raj', 'howard', 'sheldon'])
      await newPerson(
        name[0]?.toUpperCase() + name.slice(1),
        [1, 2, 3].map((i) => `identities/${name}/${name}${i}.png`),
      );
    for (const i of [2, 3])
      await server.admin.POST('/api/v1/faces/enroll', {
        body: { person_id: leonardId, image_data: b64(`identities/leonard/leonard${i}.png`) },
      });

    await page.getByRole('link', { name: 'Recognize' }).click();
    await page.getByText('When and where').click();
    await page.getByLabel('Latitude').fill('34.1478');
    await page.getByLabel('Longitude').fill('-118.1445');
    await page.getByLabel('Source (camera, album)').fill('cam-pasadena');
    await page.getByLabel('Photos to recognize').setInputFiles(face('group/bbt1.jpg'));
    const rows = page.getByTestId('face-row');
    await rows.first().waitFor();
    await page.getByText('Recognizing…').waitFor({ state: 'detached' });

    const boxes = await page
      .getByTestId('face-box')
      .evaluateAll((els) => els.map((el) => ({ x: el.getBoundingClientRect().x, label: el.textContent ?? '' })));
    const drawn = boxes.sort((a, b) => a.x - b.x).map((b) => b.label.replace(/^\d+\.\s*/, '').toLowerCase());
    const expected = (faceLabels().group['group/bbt1.jpg']?.left_to_right as string[]) ?? [];
    expect(drawn).toHaveLength(expected.length);
    const right = drawn.filter((name, i) => name === expected[i]).length;
    expect(right, `drawn ${drawn.join(', ')}; expected ${expected.join(', ')}`).toBeGreaterThanOrEqual(3);

    // the quality's reasons, asked for one face
    const first = rows.first();
    await first.getByRole('button', { name: 'Why?' }).click();
    await first.locator('.reasons').waitFor();
    expect(await first.locator('.reasons').textContent()).toMatch(/^ \((no quality concern|[a-z_, ]+)\)$/);
  });

  it('enrolls an unknown face of a group photo into a new person, then recognizes it', async () => {
    await page.getByRole('button', { name: 'Clear photos' }).click();
    await page.getByLabel('Photos to recognize').setInputFiles(face('group/bbt3.jpg'));
    await page.getByTestId('face-row').first().waitFor();
    await page.getByText('Recognizing…').waitFor({ state: 'detached' });
    const unknown = page.getByTestId('face-row').filter({ hasText: 'Unknown' }).first();
    await unknown.getByRole('button', { name: 'Enroll this face…' }).click();
    await unknown.getByLabel('or a new person named').fill('Newcomer');
    await unknown.getByRole('button', { name: 'Enroll', exact: true }).click();
    // the photo is recognized again: the face now carries the new name
    await page.getByTestId('face-box').filter({ hasText: 'Newcomer' }).waitFor();
    const list = await server.admin.GET('/api/v1/persons', { params: { query: { limit: 100 } } });
    expect(list.data?.data.persons.map((p) => p.name)).toContain('Newcomer');
  });

  it('verifies two photos side by side', async () => {
    await page.getByLabel('First photo').setInputFiles(face('identities/sheldon/sheldon4.png'));
    await page.getByLabel('Second photo').setInputFiles(face('identities/sheldon/sheldon5.png'));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(/^Same person: similarity/).waitFor();
    await page.getByLabel('Second photo').setInputFiles(face('identities/penny/penny1.png'));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(/^Not the same person: similarity/).waitFor();
  });

  it('shows the people as a grid of cover faces with face counts, and searches the whole collection', async () => {
    const leonard = (
      await server.admin.GET('/api/v1/persons/{person_id}', { params: { path: { person_id: leonardId } } })
    ).data?.data;
    expect(leonard?.face_count).toBe(3);
    // the cover is the thumbnail of the person's cover face
    const cover = page.waitForResponse((r) => r.url().includes(`/faces/${leonard?.cover_face_id}/thumbnail`));
    await page.getByRole('link', { name: 'People' }).click();
    const card = page.getByTestId('person-card').filter({ hasText: 'Leonard' }).first();
    expect((await cover).status()).toBe(200);
    await card.getByRole('img', { name: 'cover face of Leonard' }).and(page.getByTestId('face-thumbnail')).waitFor();
    expect(await card.getByTestId('face-count').textContent()).toBe('3 faces');
    // its object URL lives while the image is shown, and is revoked once the page is left
    const blobUrl = (await card.getByTestId('face-thumbnail').getAttribute('src')) as string;
    // (loaded into a new image: the console's CSP lets images, not fetch, read blob: URLs)
    const alive = (u: string) =>
      page.evaluate<string>(
        `new Promise((done) => {
          const image = new Image();
          image.onload = () => done('alive');
          image.onerror = () => done('revoked');
          image.src = ${JSON.stringify(u)};
        })`,
      );
    expect(await alive(blobUrl)).toBe('alive');
    await page.getByRole('link', { name: 'Recognize', exact: true }).click();
    await page.getByRole('heading', { name: 'Who is in these photos?' }).waitFor();
    expect(await alive(blobUrl)).toBe('revoked');
    await page.getByRole('link', { name: 'People' }).click();

    // a person beyond the first page (24 newer persons after them) is found by the server's search
    const needle = await server.admin.POST('/api/v1/persons', {
      body: { name: 'Needle Person', external_id: 'hay-0042' },
    });
    const needleId = needle.data?.data.person_id as string;
    const straws: string[] = [];
    for (let i = 0; i < 24; i++) {
      const straw = await server.admin.POST('/api/v1/persons', { body: { name: `Straw ${i}` } });
      straws.push(straw.data?.data.person_id as string);
    }
    await page.reload();
    await page.getByTestId('person-card').first().waitFor();
    expect(await page.getByRole('link', { name: /Needle Person/ }).count()).toBe(0);
    const searched = page.waitForRequest((r) => r.url().includes('/api/v1/persons?') && r.url().includes('q=HAY-00'));
    await page.getByLabel('Search by name or external id').fill('HAY-00');
    await page.getByRole('button', { name: 'Search' }).click();
    await searched;
    await page.getByRole('link', { name: /Needle Person/ }).waitFor();
    expect(await page.getByTestId('person-card').count()).toBe(1);
    expect(await page.getByTestId('person-card').textContent()).toContain('0 faces');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('navigation', { name: 'Pages of persons' }).getByRole('button', { name: 'Next' }).click();
    await page.getByRole('link', { name: /Needle Person/ }).waitFor();
    for (const personId of [needleId, ...straws])
      await server.admin.DELETE('/api/v1/persons/{person_id}', { params: { path: { person_id: personId } } });
  });

  it("shows the recognition on the person's timeline and on the offline map", async () => {
    await page.goto(url(`/people/${encodeURIComponent(leonardId)}`));
    const entries = page.getByRole('list', { name: 'Appearances, newest first' }).getByRole('listitem');
    await entries.first().waitFor();
    expect(await entries.first().textContent()).toContain('cam-pasadena');
    expect(await page.getByTestId('plot-point').count()).toBeGreaterThanOrEqual(1);
    expect(browser.tileRequests).toEqual([]);

    // the online map: Leaflet with a marker per place; its tile requests are refused here, never fetched
    await page.getByLabel('OpenStreetMap (online)').check();
    await page.locator('.leaflet-container path.leaflet-interactive').first().waitFor();
    expect(browser.tileRequests.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await page.getByLabel('Coordinates only (offline)').check();
    await page.getByTestId('plot-point').first().waitFor();
  });

  it('merges two persons', async () => {
    const duplicate = await newPerson('Leonard again', ['identities/leonard/leonard4.png']);
    await page.reload();
    await page.getByLabel('Person to merge in').selectOption({ label: 'Leonard again' });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge persons?' });
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await page.getByText(/Merged Leonard again: 1 faces/).waitFor();

    const gone = await server.admin.GET('/api/v1/persons/{person_id}', { params: { path: { person_id: duplicate } } });
    expect(gone.response.status).toBe(404);
  });

  it('moves a face to another person', async () => {
    const made = await server.admin.POST('/api/v1/persons', { body: { name: 'Stranger' } });
    const strangerId = made.data?.data.person_id as string;
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('link', { name: 'Newcomer' }).click();
    const newcomerId = decodeURIComponent(page.url().split('/').at(-1) as string);
    const facesOf = async (personId: string) =>
      (
        await server.admin.GET('/api/v1/persons/{person_id}/faces', {
          params: { path: { person_id: personId }, query: { limit: 100 } },
        })
      ).data?.data.faces.map((f) => f.face_id) ?? [];
    const before = await facesOf(newcomerId);
    // every face of the person is listed, the one enrolled from the group photo too
    expect(before.length).toBeGreaterThanOrEqual(1);
    await page.getByRole('article', { name: `Face ${before[0]}` }).waitFor();
    await page.getByLabel('Photo of this person').setInputFiles(face('strangers/happy.jpg'));
    await page.getByRole('button', { name: 'Enroll face' }).click();
    await page.getByText('Enrolled 1 face.').waitFor();
    const faceId = (await facesOf(newcomerId)).find((id) => !before.includes(id)) as string;
    const card = page.getByRole('article', { name: `Face ${faceId}` });
    await card.getByText(/^quality \d/).waitFor();
    expect(await page.getByTestId('face-card').count()).toBe(before.length + 1);
    await card.getByLabel('Move to').selectOption({ label: 'Stranger' });
    await card.getByRole('button', { name: 'Move face' }).click();
    await card.waitFor({ state: 'detached' });
    const moved = await server.admin.GET('/api/v1/faces/{face_id}', { params: { path: { face_id: faceId } } });
    expect(moved.data?.data.person_id).toBe(strangerId);

    // and that person deleted, after a dialog that names them and what goes with them
    await page.goto(url(`/people/${encodeURIComponent(strangerId)}`));
    await page.getByRole('button', { name: 'Delete person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Stranger?' });
    expect(await dialog.textContent()).toContain('every face enrolled under them');
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    const gone = await server.admin.GET('/api/v1/persons/{person_id}', { params: { path: { person_id: strangerId } } });
    expect(gone.response.status).toBe(404);
  });

  it('lists the unnamed clusters with their faces, moves a wrong face out, merges two, and names one', async () => {
    // the same photo twice under no person: clustering puts both faces in one cluster, waiting for more faces;
    // a third face, of a stranger, in a cluster of its own
    const faceIds: string[] = [];
    for (const photo of ['identities/amy/amy1.png', 'identities/amy/amy1.png', 'strangers/sad.jpg']) {
      const queued = await server.admin.POST('/api/v1/faces/enroll_async', {
        body: { image_data: b64(photo) },
      });
      const jobId = queued.data?.data.job_id as string;
      await expect
        .poll(
          async () =>
            (await server.admin.GET('/api/v1/faces/enroll/status/{job_id}', { params: { path: { job_id: jobId } } }))
              .data?.data.status,
          { timeout: 60_000, interval: 250 },
        )
        .toBe('completed');
      const job = await server.admin.GET('/api/v1/faces/enroll/status/{job_id}', {
        params: { path: { job_id: jobId } },
      });
      faceIds.push(job.data?.data.face_ids[0] as string);
    }
    const clusterOf = async (faceId: string) =>
      (
        await server.admin.GET('/api/v1/clusters', { params: { query: { limit: 100, samples: 20 } } })
      ).data?.data.clusters.find((c) => c.sample_faces.some((f) => f.face_id === faceId));
    await expect.poll(async () => (await clusterOf(faceIds[0] as string))?.face_count, { timeout: 60_000 }).toBe(2);
    const pair = (await clusterOf(faceIds[0] as string)) as { cluster_id: string };

    await page.getByRole('link', { name: 'Clusters' }).click();
    const card = page.getByRole('article', { name: `Cluster ${pair.cluster_id.slice(0, 8)}` });
    await card.getByText('2 faces, waiting for more faces').waitFor();
    // each sample face is the API's thumbnail
    const thumbnails = card.getByTestId('face-thumbnail');
    await thumbnails.nth(1).waitFor();
    expect(await thumbnails.count()).toBe(2);

    // the second face moved out: a cluster of its own
    await card.getByRole('button', { name: `Move face ${faceIds[1]} out` }).click();
    await page.getByText(/left Cluster .*: it is in a cluster of its own/).waitFor();
    await card.getByText('1 face, waiting for more faces').waitFor();
    const alone = await clusterOf(faceIds[1] as string);
    expect(alone?.cluster_id).not.toBe(pair.cluster_id);
    expect(alone?.face_count).toBe(1);
    await page.getByRole('article', { name: `Cluster ${alone?.cluster_id.slice(0, 8)}` }).waitFor();
    // a single face has nothing to move out of
    expect(await card.getByRole('button', { name: /^Move face/ }).count()).toBe(0);

    // the third face's cluster merged into the first: one card less, the first of 2 faces
    await expect.poll(async () => (await clusterOf(faceIds[2] as string))?.face_count, { timeout: 60_000 }).toBe(1);
    const other = (await clusterOf(faceIds[2] as string)) as { cluster_id: string };
    const otherCard = page.getByRole('article', { name: `Cluster ${other.cluster_id.slice(0, 8)}` });
    await page.reload();
    await otherCard.waitFor();
    const cards = await page.getByTestId('cluster').count();
    await otherCard
      .getByLabel('Merge into…')
      .selectOption({ label: `Cluster ${pair.cluster_id.slice(0, 8)} (1 face)` });
    await otherCard.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(/merged into Cluster .*: 1 face joined it\./).waitFor();
    await otherCard.waitFor({ state: 'detached' });
    await card.getByText('2 faces, waiting for more faces').waitFor();
    expect(await page.getByTestId('cluster').count()).toBe(cards - 1);
    expect((await clusterOf(faceIds[2] as string))?.cluster_id).toBe(pair.cluster_id);

    // named: it becomes a person, and leaves the list
    await card.getByLabel('Name', { exact: true }).fill('Amy');
    await card.getByRole('button', { name: 'Name it' }).click();
    await page.getByText(/is now Amy, with 2 faces\./).waitFor();
    await card.waitFor({ state: 'detached' });
    const amy = await server.admin.GET('/api/v1/faces/{face_id}', {
      params: { path: { face_id: faceIds[0] as string } },
    });
    const amyId = amy.data?.data.person_id as string;
    const person = await server.admin.GET('/api/v1/persons/{person_id}', { params: { path: { person_id: amyId } } });
    expect(person.data?.data.name).toBe('Amy');
    await page.getByRole('link', { name: 'See the person' }).click();
    await page.getByRole('heading', { name: 'Amy' }).waitFor();
    await page.getByRole('article', { name: `Face ${faceIds[0]}` }).waitFor();
    await page.getByRole('article', { name: `Face ${faceIds[2]}` }).waitFor();
    expect(await page.getByTestId('face-card').count()).toBe(2);
  });

  it('queues an enrolment with a priority and follows the job until it is done', async () => {
    await page.getByRole('link', { name: 'Jobs' }).click();
    await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Leonard' });
    await page.getByLabel('Photo').setInputFiles(face('identities/leonard/leonard5.png'));
    await page.getByRole('form', { name: 'Queue an enrolment' }).getByLabel('Priority').selectOption('high');
    await page.getByRole('button', { name: 'Queue' }).click();
    const row = page.getByTestId('job-row').first();
    await row.getByText('completed').waitFor({ timeout: 60_000 });
    expect(await row.textContent()).toContain('high');
    const jobId = (await row.locator('code').textContent()) as string;
    const job = await server.admin.GET('/api/v1/faces/enroll/status/{job_id}', {
      params: { path: { job_id: jobId } },
    });
    expect(job.data?.data).toMatchObject({ status: 'completed', priority: 'high', person_id: leonardId });
  });

  it('lists the jobs by status and priority, shows a dead letter with its reason, and retries it', async () => {
    const deadId = await putDeadLetter(server.dataDir, (await firstImageOf(leonardId)) as string, leonardId);
    await page.reload();
    const listed = page.getByTestId('listed-job');
    await listed.first().waitFor();
    const row = (jobId: string) => listed.filter({ hasText: jobId });

    // the high-priority job queued before, and only it, under priority high
    await page.getByLabel('Filter by priority').selectOption('high');
    await expect.poll(() => listed.allTextContents()).toHaveLength(1);
    expect(await listed.first().textContent()).toContain('completed');
    await page.getByLabel('Filter by priority').selectOption('');

    // the dead letters: the one, with its reason
    await page.getByLabel('Filter by status').selectOption('dead_lettered');
    await expect.poll(() => listed.count()).toBe(1);
    expect(await row(deadId).textContent()).toContain(DEAD_LETTER_REASON);
    expect(await row(deadId).textContent()).toContain('low');

    await row(deadId)
      .getByRole('button', { name: `Retry job ${deadId}` })
      .click();
    await page.getByText(`Job ${deadId} is queued again`).waitFor();
    await page.getByText('No job matches these filters.').waitFor();
    // followed above until the workers have run it
    const followed = page.getByTestId('job-row').filter({ hasText: deadId });
    await followed.getByText('completed').waitFor({ timeout: 60_000 });
    const job = await server.admin.GET('/api/v1/faces/enroll/status/{job_id}', {
      params: { path: { job_id: deadId } },
    });
    expect(job.data?.data).toMatchObject({ status: 'completed', attempts: 1, error: null });
    await page.getByLabel('Filter by status').selectOption('completed');
    await row(deadId).waitFor();
  });

  it('creates an API key, shows its secret once, and revokes it', async () => {
    await page.getByRole('link', { name: 'System' }).click();
    const keys = page.getByRole('region', { name: 'API keys' });
    await keys.getByLabel('Name').fill('e2e-key');
    await keys.getByRole('button', { name: 'Create key' }).click();
    const secret = await page.getByTestId('new-key').inputValue();
    const me = await fetch(`${server.baseUrl}/api/v1/auth/me`, { headers: { 'x-api-key': secret } });
    expect(me.status).toBe(200);

    await keys.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.getByTestId('new-key').count()).toBe(0);
    await keys.getByRole('button', { name: 'Revoke e2e-key' }).click();
    await page.getByRole('dialog', { name: 'Revoke the key e2e-key?' }).getByRole('button', { name: 'Revoke' }).click();
    await keys.getByRole('cell', { name: 'revoked' }).waitFor();
    const refused = await fetch(`${server.baseUrl}/api/v1/auth/me`, { headers: { 'x-api-key': secret } });
    expect(refused.status).toBe(401);
  });

  it('fits 360 px, has a dark scheme, starts with a skip link and labels every control', async () => {
    const pages = ['/', `/people/${encodeURIComponent(leonardId)}`, '/recognize', '/clusters', '/jobs', '/system'];
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      for (const path of pages) {
        await page.goto(url(path));
        await page.locator('h1').waitFor();
        await page.getByText('Loading…').first().waitFor({ state: 'detached' });
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
        // every input, select and textarea has an accessible name (a label or aria-label)
        const unlabelled = await page.evaluate<string[]>(
          `[...document.querySelectorAll('input, select, textarea')]
            .filter((el) => !el.labels?.length && !el.getAttribute('aria-label'))
            .map((el) => el.outerHTML)`,
        );
        expect(unlabelled, path).toEqual([]);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement?.textContent')).toBe('Skip to content');

    const background = () => page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await page.emulateMedia({ colorScheme: null });
  });

  it('shows a viewer no edit controls', async () => {
    const viewer = { username: 'vera', password: 'viewer-password-1' };
    const made = await server.admin.POST('/api/v1/users', { body: { ...viewer, role: 'viewer' } });
    expect(made.response.ok, JSON.stringify(made.error)).toBe(true);
    await page.getByRole('button', { name: 'Log out' }).click();
    await logIn(viewer.username, viewer.password);
    expect(await page.getByTestId('who').textContent()).toBe('vera');

    // the people page lists, but offers no new person
    await page.getByRole('link', { name: 'Leonard' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'New person' }).count()).toBe(0);
    // in the order the API sorts them by name
    await page.getByLabel('Order').selectOption('name');
    await page.getByText('Loading…').first().waitFor({ state: 'detached' });
    const names = await page.getByRole('list', { name: 'Persons' }).locator('.name').allTextContents();
    const sorted = await server.admin.GET('/api/v1/persons', { params: { query: { order: 'name', limit: 24 } } });
    expect(names).toEqual(sorted.data?.data.persons.map((p) => p.name || p.external_id || p.person_id));
    // a person page shows, with no edit, enroll, merge or delete
    await page.goto(url(`/people/${encodeURIComponent(leonardId)}`));
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    for (const name of ['Save', 'Enroll face', 'Merge', 'Delete person'])
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    // recognizing works, without enrolling an unknown face
    await page.getByRole('link', { name: 'Recognize' }).click();
    await page.getByLabel('Photos to recognize').setInputFiles(face('group/bbt3.jpg'));
    await page.getByTestId('face-row').first().waitFor();
    expect(await page.getByRole('button', { name: /Enroll this face/ }).count()).toBe(0);
    // the jobs listed, a new dead letter among them, with no retry
    const deadId = await putDeadLetter(server.dataDir, (await firstImageOf(leonardId)) as string, leonardId);
    await page.getByRole('link', { name: 'Jobs' }).click();
    await page.getByLabel('Filter by status').selectOption('dead_lettered');
    await page.getByTestId('listed-job').filter({ hasText: deadId }).waitFor();
    expect(await page.getByRole('button', { name: /^Retry/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Queue' }).count()).toBe(0);
    // clusters shown, with neither naming, moving out nor merging
    await page.getByRole('link', { name: 'Clusters' }).click();
    await page.getByTestId('cluster').first().getByTestId('face-thumbnail').waitFor();
    expect(await page.getByRole('button', { name: /^(Move face|Name it|Merge)/ }).count()).toBe(0);
    expect(await page.getByLabel('Merge into…').count()).toBe(0);
    // no users or keys
    await page.getByRole('link', { name: 'System' }).click();
    await page.getByRole('heading', { name: 'Health' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Users' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'API keys' }).count()).toBe(0);
  });

  it('returns to the login page when the token has expired or was refused', async () => {
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('freeface.session') ?? '{}');
      localStorage.setItem('freeface.session', JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }));
    });
    await page.reload();
    await page.waitForURL(/\/admin\/login$/);
    await page.getByText('Your session has expired').waitFor();

    // a token the API refuses (here: not a token at all) ends the session at the first call
    await page.evaluate(() =>
      localStorage.setItem(
        'freeface.session',
        JSON.stringify({ token: 'revoked', expiresAt: Date.now() + 3_600_000, username: 'x', role: 'admin' }),
      ),
    );
    await page.goto(url('/'));
    await page.waitForURL(/\/admin\/login$/);
    await page.getByText('expired or was revoked').waitFor();
  });
});
