// Timed journeys in headless Chromium for `npm run bench`. Each measure gets a fresh browser
// context (empty HTTP cache, so the lazy docx load is included) seeded with drafts in
// localStorage, and returns milliseconds from the user's click to the file or result.
import { readFileSync } from 'node:fs';
const DRAFTS_KEY = 'thi-dua-bau-cu-2026:drafts';
const DRAFTS_VERSION = 2;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Văn An', 'Thị Bích', 'Hữu Cường', 'Thị Dung', 'Minh Đức', 'Thị Hoa', 'Quốc Khánh', 'Thị Lan', 'Văn Mạnh', 'Thị Ngọc'];
const ACHIEVEMENT = [
  'Hoàn thành xuất sắc nhiệm vụ thành viên Ban bầu cử đại biểu Quốc hội, trực tiếp tham mưu các văn bản chỉ đạo, hướng dẫn công tác bầu cử bảo đảm kịp thời, đúng quy định.',
  '- Tham mưu tổ chức hội nghị tập huấn nghiệp vụ bầu cử cho các Tổ bầu cử.',
  '- Kiểm tra, giám sát công tác chuẩn bị bầu cử tại các khu vực bỏ phiếu; không để xảy ra sai sót.',
].join('\n');

/**
 * Drafts of a unit with `count` individual nominees, every field the consistency check needs
 * filled; `achievementRepeats` copies of the achievement text make longer reports.
 */
export function benchDrafts(count, { achievementRepeats = 1 } = {}) {
  const nominees = Array.from({ length: count }, (_, i) => ({
    id: `uv-bench-${i + 1}`,
    type: 'individual',
    name: `${FAMILY[i % 10]} ${GIVEN[Math.floor(i / 10) % 10]}`,
    position: 'Chuyên viên',
    unit: 'Sở Nội vụ tỉnh Đắk Lắk',
    birthYear: String(1970 + (i % 30)),
    gender: i % 2 ? 'nu' : 'nam',
    holdsLeadershipPost: false,
    womenSharePercent: '',
  }));
  const reports = Object.fromEntries(
    nominees.map((n) => [
      n.id,
      {
        sections: {
          'thong-tin-chung': `Họ và tên: ${n.name}; năm sinh ${n.birthYear}; chức vụ: Chuyên viên, Sở Nội vụ tỉnh Đắk Lắk.`,
          'thanh-tich': Array.from({ length: achievementRepeats }, () => ACHIEVEMENT).join('\n'),
        },
        earlierAwards: [{ year: '2024', award: 'Giấy khen của Giám đốc Sở', decision: 'Quyết định số 12/QĐ-SNV ngày 05/02/2024', issuer: 'Sở Nội vụ' }],
        achievementSummary: 'Hoàn thành xuất sắc nhiệm vụ thành viên Ban bầu cử.',
        votesInFavour: '8',
      },
    ]),
  );
  return {
    version: DRAFTS_VERSION,
    revision: 1,
    selfChecks: {},
    quotaPlan: { categoryId: 'ban-bau-cu-dbqh', groupCount: String(count), nominees },
    dossier: {
      profile: {
        governingBody: 'ỦY BAN BẦU CỬ TỈNH ĐẮK LẮK',
        unitName: 'Ban bầu cử đại biểu Quốc hội',
        unitSymbol: 'BBC',
        place: 'Buôn Ma Thuột',
        signerAuthority: 'TM. BAN BẦU CỬ',
        signerTitle: 'TRƯỞNG BAN',
        signerName: 'Trần Văn Bình',
        councilChair: 'Trần Văn Bình',
        councilSecretary: 'Lê Thị Mai',
        drafter: 'VP',
      },
      reports,
      meeting: {
        minutesNumber: '3',
        date: '20/3/2026',
        startTime: '14 giờ 00',
        endTime: '16 giờ 30',
        venue: 'Hội trường Sở Nội vụ',
        membersTotal: '9',
        membersPresent: '8',
        votingMethod: 'secret-ballot',
        letterNumber: '15',
        letterDate: '23/3/2026',
        campaignAccount: 'Ban bầu cử đã tổ chức tốt phong trào thi đua.',
        reportDate: '23/3/2026',
      },
    },
    changedAt: {},
  };
}

/** A commune's finished self-check, every answer given (turnout 98.5%), as the island stores it. */
function communeSelfCheck() {
  const yes = ['doan-ket', 'dot-thi-dua', 'bau-du-dai-bieu', 'ket-qua-bau-cu', 'ket-thuc-dung-gio', 'an-ninh-trat-tu', 'tuyen-truyen'];
  const no = ['dang-xem-xet-ky-luat', 'dang-dieu-tra-thanh-tra', 'don-thu-dang-xac-minh', 'bao-chi-neu-dang-xac-minh', 'thanh-tich-da-duoc-khen'];
  return {
    version: DRAFTS_VERSION,
    revision: 1,
    selfChecks: {
      current: {
        award: 'bang-khen-chu-tich-ubnd-tinh',
        nomineeKind: 'xa-phuong',
        inScope: 'yes',
        answers: Object.fromEntries([...yes.map((id) => [`xa-phuong-${id}`, 'yes']), ...no.map((id) => [id, 'no'])]),
        turnout: { registered: '10000', voted: '9850' },
      },
    },
    changedAt: {},
  };
}

async function seededPage(browser, origin, drafts) {
  const context = await browser.newContext({ baseURL: origin, acceptDownloads: true });
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('bench-seeded', '1');
      }
    },
    [DRAFTS_KEY, JSON.stringify(drafts)],
  );
  const page = await context.newPage();
  return { context, page };
}

const hydrated = (page) => page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);

async function timeDownload(browser, origin, drafts, buttonName) {
  const { context, page } = await seededPage(browser, origin, drafts);
  try {
    await page.goto('/ho-so/');
    await hydrated(page);
    const button = page.getByRole('button', { name: buttonName });
    await button.waitFor();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    const started = performance.now();
    await button.click();
    const file = await Promise.race([
      downloading,
      page.locator('.error-summary').waitFor({ timeout: 60_000 }).then(async () => {
        throw new Error(`dossier check refused the bench drafts: ${await page.locator('.error-summary').innerText()}`);
      }),
    ]);
    const elapsed = performance.now() - started;
    await file.path();
    return elapsed;
  } finally {
    await context.close();
  }
}

/** One achievement report, click to file, including the first load of the docx chunk. */
export const timeReport = (browser, origin) => {
  const drafts = benchDrafts(1);
  const name = drafts.quotaPlan.nominees[0].name;
  return timeDownload(browser, origin, drafts, `Tạo báo cáo (DOCX) của ${name}`);
};

/** The whole dossier of 50 nominees as one ZIP, click to file. */
export const timeDossierZip = (browser, origin) => timeDownload(browser, origin, benchDrafts(50), 'Tải toàn bộ hồ sơ (ZIP)');

/**
 * The self-check: from the last answer (the click on "Xem kết quả" in the summary) to the result
 * heading on screen, timed inside the page so that the driver's round trips are not counted.
 */
export async function timeSelfCheck(browser, origin) {
  const { context, page } = await seededPage(browser, origin, communeSelfCheck());
  try {
    await page.goto('/tu-kiem-tra/#kiem-tra');
    await hydrated(page);
    await page.getByRole('button', { name: 'Xem kết quả' }).waitFor();
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Xem kết quả');
          const shown = () => [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === 'Đủ điều kiện đề nghị');
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            // the result is on screen at the next frame
            requestAnimationFrame(() => resolve(performance.now() - started));
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          button.click();
        }),
    );
  } finally {
    await context.close();
  }
}

/**
 * Keystroke latency on /ho-so/: typing into a report section, from the input event to the page
 * rendered again and laid out (Preact renders in a microtask; a message-channel task runs after
 * it; a forced layout counts the browser's work), one character at a time, median over
 * `keystrokes`. `nominees` reports on the page, the typed section `sectionChars` long to start
 * with; `throttle` slows the CPU as a low-end phone would (Chromium's CPU throttling).
 */
export async function timeKeystrokes(browser, origin, { nominees = 20, sectionChars = 0, throttle = 1, keystrokes = 40 } = {}) {
  const drafts = benchDrafts(nominees);
  const typedId = drafts.quotaPlan.nominees.at(-1).id;
  if (sectionChars > 0) {
    const line = 'Tham mưu, hướng dẫn và kiểm tra công tác bầu cử tại các khu vực bỏ phiếu; ';
    drafts.dossier.reports[typedId].sections['thanh-tich'] = line.repeat(Math.ceil(sectionChars / line.length)).slice(0, sectionChars);
  }
  const { context, page } = await seededPage(browser, origin, drafts);
  try {
    await page.goto('/ho-so/');
    await hydrated(page);
    const box = page.locator(`#hs-${typedId}-thanh-tich`);
    await box.waitFor();
    await box.focus();
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    const times = await box.evaluate(async (element, count) => {
      const nextTask = () => new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
      const samples = [];
      for (let i = 0; i < count; i++) {
        element.setSelectionRange(element.value.length, element.value.length);
        const started = performance.now();
        element.setRangeText('a', element.value.length, element.value.length, 'end');
        element.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'a', inputType: 'insertText' }));
        await nextTask();
        void document.body.offsetHeight;
        samples.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return samples;
    }, keystrokes);
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    await context.close();
  }
}

/**
 * Reports of about three pages each, so that the 50-nominee dossier makes about 160 pages of PDF
 * (the assembly bench).
 */
export const ASSEMBLY_DRAFTS = { achievementRepeats: 9 };

/** The 50-nominee dossier as the ZIP of DOCX files the site makes (its documents become the PDFs of the assembly bench). */
export async function dossierZip(browser, origin) {
  const { context, page } = await seededPage(browser, origin, benchDrafts(50, ASSEMBLY_DRAFTS));
  try {
    await page.goto('/ho-so/');
    await hydrated(page);
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }).click();
    return readFileSync(await (await downloading).path());
  } finally {
    await context.close();
  }
}

/**
 * Phone photos made in the page: `count` JPEGs of 4000 × 3000 pixels, a sheet of paper under
 * uneven light with lines of dark "text" and sensor noise, as a camera stores them (~2–4 MB each).
 * Kept on window.benchPhotos as File objects.
 */
const makePhotos = (page, count) =>
  page.evaluate(async (count) => {
    const files = [];
    for (let index = 0; index < count; index++) {
      const canvas = new OffscreenCanvas(4000, 3000);
      const context = canvas.getContext('2d');
      const light = context.createLinearGradient(0, 0, 4000, 3000);
      light.addColorStop(0, '#d8d2c4');
      light.addColorStop(0.5 + index / 40, '#f4f1ea');
      light.addColorStop(1, '#b9b2a3');
      context.fillStyle = light;
      context.fillRect(0, 0, 4000, 3000);
      context.fillStyle = '#2b2b2b';
      for (let line = 0; line < 60; line++) {
        for (let word = 0; word < 14; word++) context.fillRect(300 + word * 240 + ((line * 37 + word * 11) % 50), 200 + line * 44, 140 + ((line + word) % 5) * 18, 18);
      }
      const pixels = context.getImageData(0, 0, 4000, 3000);
      const data = pixels.data;
      let seed = 1234 + index;
      for (let i = 0; i < data.length; i += 4) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const noise = (seed % 25) - 12;
        data[i] += noise;
        data[i + 1] += noise;
        data[i + 2] += noise;
      }
      context.putImageData(pixels, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
      files.push(new File([blob], `anh-chup-${index + 1}.jpg`, { type: 'image/jpeg' }));
    }
    window.benchPhotos = files;
    return files.map((file) => file.size);
  }, count);

/** Resolves, in the page, when no file of the assembly is still being read; with the milliseconds since `started`. */
const allRead = (page, started) =>
  page.evaluate(
    (started) =>
      new Promise((resolve) => {
        const reading = () => [...document.querySelectorAll('.assembly-file__facts')].some((p) => p.textContent === 'Đang đọc tệp…');
        const done = () => requestAnimationFrame(() => resolve(performance.now() - started));
        if (!reading()) return done();
        const observer = new MutationObserver(() => {
          if (reading()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    started,
  );

/**
 * The assembly of a 50-nominee dossier: `pdfs` (letter, list, minutes, then one report per
 * nominee, as LibreOffice made them) into their slots, then 10 phone photos of 4000 × 3000 into
 * the related documents; times, in the page, the photos' preparation (decode, turn, downscale,
 * encode, in the worker) and the merge (click → file ready). Returns the merged file's path too.
 */
export async function timeAssembly(browser, origin, pdfs, photoCount = 10) {
  const { context, page } = await seededPage(browser, origin, benchDrafts(50, ASSEMBLY_DRAFTS));
  try {
    await page.goto('/ho-so/nop-ban-pdf/');
    await hydrated(page);
    const inputs = page.locator('.assembly-slot input[type=file][multiple]');
    if ((await inputs.count()) !== pdfs.length + 1) throw new Error(`expected ${pdfs.length + 1} slots, found ${await inputs.count()}`);
    for (const [index, file] of pdfs.entries()) await inputs.nth(index).setInputFiles(file);
    await allRead(page, 0);
    const photoSizes = await makePhotos(page, photoCount);

    const photosStarted = await page.evaluate(() => {
      const input = [...document.querySelectorAll('.assembly-slot input[type=file][multiple]')].at(-1);
      const transfer = new DataTransfer();
      for (const file of window.benchPhotos) transfer.items.add(file);
      const started = performance.now();
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return started;
    });
    const photosMs = await allRead(page, photosStarted);

    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    const mergeMs = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Ghép thành một tệp PDF');
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('.error-summary')) {
              observer.disconnect();
              reject(new Error(`assembly refused the bench files: ${document.querySelector('.error-summary').textContent}`));
            }
            if (!document.getElementById('pdf-ket-qua')) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started));
          });
          observer.observe(document.body, { subtree: true, childList: true });
          button.click();
        }),
    );
    await page.getByRole('button', { name: /^Tải tệp PDF/ }).click();
    const bytes = readFileSync(await (await downloading).path());
    return { photosMs, mergeMs, photoSizes, bytes };
  } finally {
    await context.close();
  }
}

/**
 * `count` unit files for the review bench, as Sở Nội vụ receives them: ho-so.json of communes and
 * wards (a collective and a person each), one in ten as a merged PDF carrying it (one page per
 * document, ho-so.json attached as the assembly attaches it). Returned as files for setInputFiles.
 */
export async function reviewBenchFiles(count = 200) {
  const { PDFDocument, AFRelationship } = await import('@cantoo/pdf-lib');
  const files = [];
  for (let i = 0; i < count; i++) {
    const name = `Ủy ban nhân dân xã Ea Bench ${i + 1}`;
    const nominees = [
      { id: `tt-${i}`, kind: 'collective', nomineeKind: 'xa-phuong', name, position: null, unit: null, birthYear: null, gender: null, holdsLeadershipPost: null, womenSharePercent: 40, selfCheck: { outcome: 'eligible', reasons: [] }, votesInFavour: 9, membersPresent: 9 },
      { id: `cn-${i}`, kind: 'individual', nomineeKind: 'ca-nhan', name: `${FAMILY[i % 10]} ${GIVEN[Math.floor(i / 10) % 10]} ${i}`, position: 'Công chức', unit: name, birthYear: 1970 + (i % 30), gender: i % 2 ? 'nu' : 'nam', holdsLeadershipPost: false, womenSharePercent: null, selfCheck: { outcome: 'eligible', reasons: [] }, votesInFavour: 8, membersPresent: 9 },
    ];
    const data = {
      format: 'thi-dua-bau-cu-2026/ho-so-de-nghi-khen-thuong',
      version: 1,
      generatedAt: '2026-03-26T03:00:00.000Z',
      plan: '0125/KH-UBND',
      unit: { name, symbol: 'UBND', categoryId: 'xa-phuong', categoryLabel: 'Xã, phường', categoryUnit: null, groupCount: null },
      nominees,
      meeting: { minutesNumber: '02', date: '2026-03-20', membersTotal: 11, membersPresent: 9 },
      letter: { number: '15', date: '2026-03-25' },
      documents: [],
      pageCount: null,
    };
    if (i % 10 !== 9) {
      files.push({ name: `ho-so-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data, null, 2)) });
      continue;
    }
    const pdf = await PDFDocument.create();
    const titles = [['submission-letter', 'Tờ trình đề nghị khen thưởng', null], ['nominee-list', 'Danh sách đề nghị khen thưởng', null], ['meeting-minutes', 'Biên bản họp xét khen thưởng', null], ...nominees.map((n) => ['achievement-report', `Báo cáo thành tích của ${n.name}`, n.id])];
    data.documents = titles.map(([kind, title, nomineeId], index) => {
      pdf.addPage([595.28, 841.89]);
      return { kind, title, nomineeId, firstPage: index + 1, lastPage: index + 1 };
    });
    data.pageCount = titles.length;
    await pdf.attach(new TextEncoder().encode(JSON.stringify(data)), 'ho-so.json', { mimeType: 'application/json', afRelationship: AFRelationship.Data });
    files.push({ name: `ho-so-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(await pdf.save()) });
  }
  return files;
}

/**
 * Sở Nội vụ's review: from the files chosen (the input's change event) to the consolidated review
 * announced on the page ("Đã đọc 200 tệp…"): every file read and validated in the worker, the
 * units consolidated against the plan, the page drawn. Timed in the page.
 */
export async function timeReview(browser, origin, files) {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    await page.goto('/so-noi-vu/tong-hop/');
    await hydrated(page);
    await page.getByRole('heading', { name: '1. Nhận hồ sơ của các đơn vị' }).waitFor();
    const input = page.getByLabel(/^Chọn tệp hồ sơ/);
    const measuring = page.evaluate(
      (count) =>
        new Promise((resolve) => {
          const input = document.getElementById('tong-hop-chon-tep');
          let started = 0;
          input.addEventListener('change', () => (started = performance.now()), { capture: true, once: true });
          const done = () => [...document.querySelectorAll('[role=status]')].some((node) => node.textContent.startsWith(`Đã đọc ${count} tệp`));
          const observer = new MutationObserver(() => {
            if (!started || !done()) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started));
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
      files.length,
    );
    await input.setInputFiles(files);
    return await measuring;
  } finally {
    await context.close();
  }
}
