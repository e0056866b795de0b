/**
 * Sharing on a chapter page: copy-link controls (Clipboard API, with a fallback for browsers and
 * in-app views without it), the Web Share API where the browser has it, and the print button.
 * Everything works as a plain link without JavaScript; this only adds copying and announces it.
 */
let hideTimer = 0;

/** Says it in the page's live region (rendered empty with the page, so screen readers hear the first message too). */
function announce(message: string) {
  const live = document.querySelector<HTMLElement>('.toast');
  if (!live) return;
  live.textContent = message;
  live.classList.add('show');
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => live.classList.remove('show'), 2400);
}

async function copy(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the old way (some in-app browsers refuse the Clipboard API) */
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'copy-buffer';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

async function copyAndSay(url: string) {
  announce((await copy(url)) ? '已复制链接' : `无法自动复制，请手动复制：${url}`);
}

export function initShare(): void {
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy]');
    if (!a) return;
    e.preventDefault();
    const url = new URL(a.getAttribute('href')!, location.href);
    history.replaceState(null, '', url.hash);
    void copyAndSay(url.href);
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-share]')) {
    const action = b.dataset.share;
    if (action === 'native' && typeof navigator.share !== 'function') continue;
    b.hidden = false;
    b.addEventListener('click', () => {
      const url = b.dataset.url ?? location.href.replace(/#.*$/, '');
      if (action === 'print') window.print();
      else if (action === 'copy') void copyAndSay(url);
      else navigator.share({ title: document.title, url }).catch(() => undefined);
    });
  }
}
