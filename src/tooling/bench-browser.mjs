// Timed journeys in headless Chromium for `npm run bench`. Each measure gets a fresh browser
// context (empty HTTP cache, so the lazy docx load is included) seeded with drafts in
// localStorage, and returns milliseconds from the user's click to the file or result.
const DRAFTS_KEY = 'thi-dua-bau-cu-2026:drafts';
const DRAFTS_VERSION = 2;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Văn An', 'Thị Bích', 'Hữu Cường', 'Thị Dung', 'Minh Đức', 'Thị Hoa', 'Quốc Khánh', 'Thị Lan', 'Văn Mạnh', 'Thị Ngọc'];
const ACHIEVEMENT = [
  'Hoàn thành xuất sắc nhiệm vụ thành viên Ban bầu cử đại biểu Quốc hội, trực tiếp tham mưu các văn bản chỉ đạo, hướng dẫn công tác bầu cử bảo đảm kịp thời, đúng quy định.',
  '- Tham mưu tổ chức hội nghị tập huấn nghiệp vụ bầu cử cho các Tổ bầu cử.',
  '- Kiểm tra, giám sát công tác chuẩn bị bầu cử tại các khu vực bỏ phiếu; không để xảy ra sai sót.',
].join('\n');

/** Drafts of a unit with `count` individual nominees, every field the consistency check needs filled. */
export function benchDrafts(count) {
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
          'thanh-tich': ACHIEVEMENT,
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
