// Houvast inside a gemeente's iframe: tell the parent page how tall this page is, so it can size
// the iframe (no scrollbar inside the frame). Our own few lines, no library.
// - Only to the origins in the gemeente's profile (the page's data-parent-origins, the same list
//   as its CSP frame-ancestors), each as an exact targetOrigin, never the wildcard.
// - Nothing is read from the parent and no message is listened to; no cookies or storage.
// - The height is the document's own content height (not scrollHeight, which never shrinks below
//   the iframe's current height), so the frame also shrinks on a shorter page.
// Parent side (docs/embedding.md): accept the message only when event.origin is exactly the
// Houvast origin and event.source is the iframe's window; then set only the iframe's height.
const allowed = (document.documentElement.dataset.parentOrigins || "").split(" ").filter(Boolean);
// Where the browser tells us the parent's origin (Chromium, Safari), post to that one only.
const parent = window.location.ancestorOrigins && window.location.ancestorOrigins[0];
const origins = parent ? allowed.filter((origin) => origin === parent) : allowed;
// The first message of each page says `top: true`: a new page (the next step, the result) was
// loaded, so the host page brings the frame's top into view if it has scrolled past it.
if (window.parent !== window && origins.length > 0) {
  let last = 0;
  let top = true;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !top) return;
    last = height;
    for (const origin of origins) {
      window.parent.postMessage({ type: "houvast:height", height, top }, origin);
    }
    top = false;
  };
  if ("ResizeObserver" in window) {
    new ResizeObserver(send).observe(document.documentElement);
  }
  window.addEventListener("load", send);
  // A page restored from the back/forward cache: the frame may have another height by now.
  window.addEventListener("pageshow", (event) => { if (event.persisted) { last = 0; top = true; send(); } });
  send();
}
