// Optional enhancement for pages shown in a gemeente's iframe: tell the parent page how tall
// this page is, so it can size the iframe. Only to the origins in the gemeente's profile
// (the same list as the page's frame-ancestors); nothing is ever read from the parent.
// Parent side: window.addEventListener("message", e => { if (e.origin === "<houvast origin>" &&
//   e.data && e.data.type === "houvast:height") iframe.style.height = e.data.height + "px"; });
const origins = (document.documentElement.dataset.parentOrigins || "").split(" ").filter(Boolean);
if (window.parent !== window && origins.length > 0) {
  const send = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    for (const origin of origins) {
      window.parent.postMessage({ type: "houvast:height", height }, origin);
    }
  };
  if ("ResizeObserver" in window) {
    new ResizeObserver(send).observe(document.body);
  }
  window.addEventListener("load", send);
  send();
}
