//! The browser APIs the app uses besides rendering: preferences in localStorage (language
//! and theme only), the address (the language's page and the share fragment), the take-over
//! of the prerendered page (what was typed and dropped before the app started), file
//! reading, the clipboard, downloads (Blob + object URL), textarea selection and scrolling,
//! and the service worker that makes the page work offline (docs/offline.md). Failures
//! (storage disabled, clipboard blocked, no service workers) degrade quietly; nothing here
//! panics. Compiled natively too for the build-time rendering (`prerender` feature), which
//! never calls it.

use crate::engine::i18n::Lang;
use crate::share::{byte_to_utf16, page_of, page_path, root_from, utf16_to_byte, Theme};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const LANG_KEY: &str = "ade-advisor.lang";
const THEME_KEY: &str = "ade-advisor.theme";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The language the page was built in (`<html lang>` of the prerendered HTML: `ja/` is
/// Japanese, the site's root English). The remembered language and the browser's
/// preferred ones were already applied before anything was painted, by the inline script
/// of www/index.html, which sends a first visit of the root to `ja/`.
pub fn page_lang() -> Lang {
    document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::En)
}

/// Remembers the language and sets `<html lang>` and the title.
pub fn apply_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
    if let Some(doc) = document() {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        doc.set_title(crate::strings::S::PageTitle.get(lang));
    }
}

/// The remembered theme override (system by default).
pub fn initial_theme() -> Theme {
    storage().and_then(|s| s.get_item(THEME_KEY).ok().flatten()).and_then(|v| Theme::parse(&v)).unwrap_or_default()
}

/// Sets `<html data-theme>` (absent = follow the OS) and remembers the choice.
pub fn apply_theme(theme: Theme) {
    if let Some(s) = storage() {
        let _ = match theme {
            Theme::System => s.remove_item(THEME_KEY),
            t => s.set_item(THEME_KEY, t.code()),
        };
    }
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            t => root.set_attribute("data-theme", t.code()),
        };
    }
}

/// The value of the `<select>` that fired an event.
pub fn select_value(e: &web_sys::Event) -> Option<String> {
    let target = e.target()?;
    let select = target.dyn_into::<web_sys::HtmlSelectElement>().ok()?;
    Some(select.value())
}

/// The checked state of the checkbox that fired an event.
pub fn checkbox_checked(e: &web_sys::Event) -> Option<bool> {
    let input = e.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    Some(input.checked())
}

/// The caret of the textarea that fired an event, as a byte offset into `text`.
pub fn caret_byte(e: &web_sys::Event, text: &str) -> Option<usize> {
    let area = e.target()?.dyn_into::<web_sys::HtmlTextAreaElement>().ok()?;
    let start = area.selection_start().ok().flatten()? as usize;
    Some(utf16_to_byte(text, start))
}

// ---------------------------------------------------------------------------------------
// The address: the language's page and the fragment

thread_local! {
    /// The site's root URL (where `index.html` and `sw.js` are), worked out once from the
    /// page the app started on.
    static SITE_ROOT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Works out the site's root URL from the page the app started on (`page`, built in that
/// language): the page's directory, or its parent for `ja/`.
pub fn set_site_root(page: Lang) {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    if let Ok(root) = web_sys::Url::new_with_base(root_from(page), &href) {
        SITE_ROOT.with(|r| *r.borrow_mut() = root.href());
    }
}

/// Pins the head's links that the browser loads again when the address changes (the
/// icons, the manifest) to the URLs they have now: relative, they would point into the
/// other page's directory once [`show_address`] moves there. Once: a pinned link is
/// absolute (setting it again would make the browser fetch it again).
fn pin_head_links() {
    let Some(doc) = document() else { return };
    for rel in ["icon", "manifest", "apple-touch-icon"] {
        let Ok(Some(link)) = doc.query_selector(&format!("link[rel={rel}]")) else { continue };
        if link.get_attribute("href").is_some_and(|h| h.contains("://")) {
            continue;
        }
        if let Some(url) = js_sys::Reflect::get(&link, &JsValue::from_str("href")).ok().and_then(|u| u.as_string()) {
            let _ = link.set_attribute("href", &url);
        }
    }
}

fn site_root() -> String {
    SITE_ROOT.with(|r| r.borrow().clone())
}

/// Shows the address of `lang`'s page (`ja/` or the root) with the share `fragment`
/// (without `#`; `None` keeps the current one), without a reload, a history entry or a
/// `hashchange`: switching the language moves to the other page's address and keeps the
/// share link and whatever was pasted; a reload then starts from that page.
pub fn show_address(lang: Lang, fragment: Option<&str>) {
    let Some(w) = web_sys::window() else { return };
    let Ok(href) = w.location().href() else { return };
    let (base, hash) = href.split_once('#').map_or((href.as_str(), ""), |(b, h)| (b, h));
    let root = site_root();
    let shown = base.strip_prefix(root.as_str()).filter(|_| !root.is_empty()).map(page_of);
    let base = match shown {
        Some(page) if page != lang => {
            pin_head_links();
            format!("{root}{}", page_path(lang))
        }
        _ => base.to_string(),
    };
    let url = match (fragment, hash) {
        (Some(f), _) => format!("{base}#{f}"),
        (None, "") => base,
        (None, h) => format!("{base}#{h}"),
    };
    if url != href {
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// The current fragment, without `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Replaces the fragment without adding a history entry or firing `hashchange`.
pub fn replace_fragment(fragment: &str) {
    let Some(w) = web_sys::window() else { return };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")));
    }
}

/// The page's address with this fragment (the share link).
pub fn url_with_fragment(fragment: &str) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Calls `f` with the new fragment whenever it changes (a pasted share link, back/forward).
/// The listener is removed when the guard is dropped.
pub struct HashListener {
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for HashListener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback("hashchange", self.closure.as_ref().unchecked_ref());
        }
    }
}

pub fn on_hash_change(f: impl Fn(String) + 'static) -> Option<HashListener> {
    let w = web_sys::window()?;
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| f(fragment()));
    w.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref()).ok()?;
    Some(HashListener { closure })
}

// ---------------------------------------------------------------------------------------
// The take-over of the prerendered page

/// The paste area's selection (UTF-16 offsets, as the textarea counts), scroll position
/// and focus, as the visitor left them in the prerendered page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caret {
    pub start: u32,
    pub end: u32,
    pub scroll_top: i32,
    pub focused: bool,
}

/// What the visitor did to the prerendered paste area before the app started.
#[derive(Debug, Default)]
pub struct Typed {
    pub text: String,
    /// `None` when the area was left empty and unfocused.
    pub caret: Option<Caret>,
}

fn textarea(id: &str) -> Option<web_sys::HtmlTextAreaElement> {
    document()?.get_element_by_id(id)?.dyn_into::<web_sys::HtmlTextAreaElement>().ok()
}

/// Reads the prerendered paste area `id` (its text, selection and focus) before the app
/// replaces it. Nothing when the page was not prerendered.
pub fn prerendered_input(id: &str) -> Typed {
    let Some(area) = textarea(id) else { return Typed::default() };
    let text = js_sys::Reflect::get(&area, &JsValue::from_str("value"))
        .ok()
        .and_then(|v| v.dyn_ref::<js_sys::JsString>().map(js_to_string))
        .unwrap_or_default();
    let focused = document().and_then(|d| d.active_element()).is_some_and(|a| a == **area);
    let caret = (focused || !text.is_empty()).then(|| Caret {
        start: area.selection_start().ok().flatten().unwrap_or(0),
        end: area.selection_end().ok().flatten().unwrap_or(0),
        scroll_top: area.scroll_top(),
        focused,
    });
    Typed { text, caret }
}

/// Puts the selection, scroll position and focus of the paste area `id` back as
/// [`prerendered_input`] found them.
pub fn restore_caret(id: &str, c: Caret) {
    let Some(area) = textarea(id) else { return };
    if c.focused {
        let _ = area.focus();
    }
    let _ = area.set_selection_range(c.start, c.end);
    area.set_scroll_top(c.scroll_top);
}

/// Where the inline script of www/index.html keeps the files dropped on the prerendered
/// page (an array; the app sets it to `null`, which ends the collecting).
const EARLY_DROPS: &str = "__adeDropped";

/// The files dropped on the page before the app started.
pub fn take_early_drops() -> Vec<web_sys::File> {
    let Some(w) = web_sys::window() else { return Vec::new() };
    let key = JsValue::from_str(EARLY_DROPS);
    let dropped = js_sys::Reflect::get(&w, &key).ok();
    let _ = js_sys::Reflect::set(&w, &key, &JsValue::NULL);
    let Some(list) = dropped.and_then(|v| v.dyn_into::<js_sys::Array>().ok()) else { return Vec::new() };
    list.iter().filter_map(|f| f.dyn_into::<web_sys::File>().ok()).collect()
}

// ---------------------------------------------------------------------------------------
// Files, clipboard, download

/// The files of a drop event.
pub fn dropped_files(e: &web_sys::DragEvent) -> Vec<web_sys::File> {
    e.data_transfer().and_then(|dt| dt.files()).map(file_list).unwrap_or_default()
}

/// True when a drag carries files (not a text selection being dragged).
pub fn drag_has_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().map(|dt| dt.types().iter().any(|t| t.as_string().as_deref() == Some("Files"))).unwrap_or(false)
}

/// The files picked in the `<input type=file>` that fired an event; clears the picker so
/// picking the same file again fires again.
pub fn picked_files(e: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = input.files().map(file_list).unwrap_or_default();
    input.set_value("");
    files
}

fn file_list(list: web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads files as bytes: (name, bytes). Bytes, not text, so that the engine can say
/// when a file is not UTF-8 (with the offset) or is binary, instead of reading the
/// replacement characters a text decoding would put in.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for f in files {
        let name = f.name();
        let bytes = match JsFuture::from(f.array_buffer()).await {
            Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
            Err(_) => Vec::new(),
        };
        out.push((name, bytes));
    }
    out
}

/// Writes text to the clipboard. `false` when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let clipboard = w.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Offers `text` as a file download (Blob + object URL, revoked right after).
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let doc = document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a = doc.create_element("a").ok()?.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.set_class_name("visually-hidden");
        let body = doc.body()?;
        body.append_child(&a).ok()?;
        a.click();
        body.remove_child(&a).ok()?;
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

// ---------------------------------------------------------------------------------------
// Selection and scrolling

/// Line height of the input textarea in CSS pixels (fixed in style.css so the scroll
/// position of a line can be computed without layout queries).
const TEXTAREA_LINE_PX: f64 = 20.0;

/// Selects `start..end` (byte offsets into `text`) in the textarea `id`, focuses it and
/// scrolls the selection into view.
pub fn select_in_textarea(id: &str, text: &str, start: usize, end: usize) {
    let Some(area) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let s16 = byte_to_utf16(text, start) as u32;
    let e16 = byte_to_utf16(text, end) as u32;
    let _ = area.focus();
    let _ = area.set_selection_range(s16, e16);
    let line = text[..start.min(text.len())].matches('\n').count() as f64;
    let top = (line * TEXTAREA_LINE_PX - f64::from(area.client_height()) / 3.0).max(0.0);
    area.set_scroll_top(top as i32);
    // No scrolling of the page beyond what focusing did: on wide screens the input stays in
    // view beside the verdict (sticky, style.css), which must not move away from the finding
    // just clicked; on narrow ones focusing brings the input into view.
}

/// Opens (if it is a `<details>`), scrolls to and focuses the element `id`.
pub fn reveal(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if el.tag_name().eq_ignore_ascii_case("details") {
        let _ = el.set_attribute("open", "");
    }
    el.scroll_into_view();
    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `TextEncoder`, bound here with a JavaScript string as its source:
    /// web-sys's binding takes `&str`, which would copy the text into wasm memory first.
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Utf8Encoder;
    /// Writes as much of `source` as fits into `dest` (a view of wasm memory, no copy).
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &Utf8Encoder, source: &js_sys::JsString, dest: &mut [u8]) -> EncodeResult;

    /// `TextEncoder.encodeInto`'s result: UTF-16 units read, bytes written.
    type EncodeResult;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodeResult) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeResult) -> u32;
}

/// A JavaScript string as a Rust one, written straight into wasm memory by the browser's
/// UTF-8 encoder. This is how pasted text reaches the engine: it is about twice as fast
/// on a large paste as the generic conversion, which first guesses three bytes per
/// character and then moves the text (docs/performance.md). The buffer starts a little
/// larger than the text's UTF-16 length and grows only when the text is mostly
/// non-ASCII. Lone surrogates become U+FFFD, as with the generic conversion.
pub fn js_to_string(s: &js_sys::JsString) -> String {
    let units = s.length() as usize;
    let encoder = Utf8Encoder::new();
    let mut buf = vec![0u8; units + units / 8 + 8];
    let (mut read, mut written) = (0usize, 0usize);
    loop {
        let rest;
        let source = if read == 0 {
            s
        } else {
            rest = s.slice(read as u32, units as u32);
            &rest
        };
        let r = encoder.encode_into(source, buf.get_mut(written..).unwrap_or_default());
        read += r.read() as usize;
        written += r.written() as usize;
        if read >= units || r.read() == 0 && buf.len() - written >= 4 {
            break;
        }
        // Three bytes per UTF-16 unit is the most any unit needs.
        buf.resize(written + (units - read) * 3 + 4, 0);
    }
    buf.truncate(written);
    buf.shrink_to_fit();
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The value of the textarea that fired an event, converted by [`js_to_string`] (read
/// as the JavaScript string it is: web-sys's `value()` would convert it on the way).
pub fn textarea_text(e: &web_sys::Event) -> Option<String> {
    let area = e.target()?.dyn_into::<web_sys::HtmlTextAreaElement>().ok()?;
    let value = js_sys::Reflect::get(&area, &JsValue::from_str("value")).ok()?;
    Some(js_to_string(value.dyn_ref::<js_sys::JsString>()?))
}

// ---------------------------------------------------------------------------------------
// Service worker (docs/offline.md)

/// The worker's script, at the site's root next to index.html (its scope is the root, so
/// it serves `ja/` too).
fn sw_url() -> String {
    format!("{}sw.js", site_root())
}
/// The only Trusted Types policy the page creates (`trusted-types` in the CSP): the only
/// script URL it ever yields is [`sw_url`].
const SW_POLICY: &str = "ade-advisor-sw";

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `navigator.serviceWorker`.
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    type SwContainer;
    /// Takes the URL as a value: under `require-trusted-types-for 'script'` it must be a
    /// `TrustedScriptURL`, which web-sys's `&str` cannot carry.
    #[wasm_bindgen(method, catch)]
    fn register(this: &SwContainer, url: &JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn controller(this: &SwContainer) -> JsValue;

    /// A `ServiceWorkerRegistration`.
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    type SwRegistration;
    #[wasm_bindgen(method, getter)]
    fn installing(this: &SwRegistration) -> Option<SwWorker>;
    #[wasm_bindgen(method, getter)]
    fn waiting(this: &SwRegistration) -> Option<SwWorker>;

    /// A `ServiceWorker`.
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    type SwWorker;
    #[wasm_bindgen(method, catch, js_name = postMessage)]
    fn post_message(this: &SwWorker, message: &str) -> Result<(), JsValue>;

    /// `window.trustedTypes`.
    type TrustedTypes;
    #[wasm_bindgen(method, catch, js_name = createPolicy)]
    fn create_policy(this: &TrustedTypes, name: &str, rules: &js_sys::Object) -> Result<TrustedPolicy, JsValue>;
    type TrustedPolicy;
    #[wasm_bindgen(method, catch, js_name = createScriptURL)]
    fn create_script_url(this: &TrustedPolicy, url: &str) -> Result<JsValue, JsValue>;
}

thread_local! {
    /// The registration, once the browser has accepted the worker.
    static REGISTRATION: std::cell::RefCell<Option<SwRegistration>> = const { std::cell::RefCell::new(None) };
    /// The listener that looks for a newer version waiting (see [`register_service_worker`]).
    static CHECK: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// `navigator.serviceWorker` on an http(s) page of a browser that has it (not on
/// `file://`, not in an insecure context).
fn sw_container() -> Option<SwContainer> {
    let w = web_sys::window()?;
    let protocol = w.location().protocol().ok()?;
    if protocol != "https:" && protocol != "http:" {
        return None;
    }
    let c = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("serviceWorker")).ok()?;
    (!c.is_undefined() && !c.is_null()).then(|| c.unchecked_into())
}

/// The worker's URL as the browser accepts it: a `TrustedScriptURL` from the page's one
/// policy where Trusted Types exist, else the plain string.
fn sw_script_url() -> Option<JsValue> {
    let w = web_sys::window()?;
    let url = JsValue::from_str(&sw_url());
    let tt = js_sys::Reflect::get(&w, &JsValue::from_str("trustedTypes")).ok()?;
    if tt.is_undefined() || tt.is_null() {
        return Some(url);
    }
    // createScriptURL is `String` bound to the worker's URL: whatever URL it is asked
    // for, it yields the root's sw.js (String ignores the extra argument), so this policy
    // can never produce any other script URL. A bound built-in needs no closure and no eval.
    let string = js_sys::Reflect::get(&w, &JsValue::from_str("String")).ok()?;
    let only_the_worker = string.dyn_into::<js_sys::Function>().ok()?.bind1(&JsValue::NULL, &url);
    let rules = js_sys::Object::new();
    js_sys::Reflect::set(&rules, &JsValue::from_str("createScriptURL"), &only_the_worker).ok()?;
    let policy = tt.unchecked_into::<TrustedTypes>().create_policy(SW_POLICY, &rules).ok()?;
    policy.create_script_url(&sw_url()).ok()
}

/// Registers the service worker, once per page load, and calls `on_update` when a newer
/// version of the site has been installed while this page runs an older one (the worker
/// then waits for [`apply_update`]). Without service workers (file://, old or locked-down
/// browsers) or when registration fails, the page simply works online only.
///
/// One listener does the looking: it runs when the registration is known (its first
/// argument), when the browser finds a new worker (`updatefound`) and whenever that
/// worker's state changes (`statechange`). A worker waiting while another controls the
/// page is an update; the first install, on a first visit, is not.
pub fn register_service_worker(on_update: impl Fn() + 'static) {
    let Some(container) = sw_container() else { return };
    let Some(url) = sw_script_url() else { return };
    let Ok(registered) = container.register(&url) else { return };
    let check = Closure::<dyn FnMut(JsValue)>::new(move |arg: JsValue| {
        let reg =
            REGISTRATION.with(|r| r.borrow_mut().get_or_insert_with(|| arg.unchecked_into::<SwRegistration>()).clone());
        let Some(check) = CHECK.with(|c| c.borrow().clone()) else { return };
        // Adding the same listener again is a no-op.
        let _ = reg.add_event_listener_with_callback("updatefound", &check);
        if let Some(worker) = reg.installing() {
            let _ = worker.add_event_listener_with_callback("statechange", &check);
        }
        if reg.waiting().is_some() && !container.controller().is_null() {
            on_update();
        }
    });
    CHECK.with(|c| *c.borrow_mut() = Some(check.as_ref().unchecked_ref::<js_sys::Function>().clone()));
    // A failed registration (no sw.js under `trunk serve`, storage refused) is handled
    // and left alone: the page works online only.
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
    let _ = registered.then2(&check, &ignore);
    // The listeners live as long as the page.
    check.forget();
    ignore.forget();
}

/// The update notice's button: the waiting worker takes over (deleting the old version's
/// cache) and the page reloads once it controls it; without a waiting worker, a plain reload.
pub fn apply_update() {
    let reload = || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(SwRegistration::waiting));
    let (Some(worker), Some(container)) = (waiting, sw_container()) else {
        return reload();
    };
    let on_change = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| reload());
    let _ = container.add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
    on_change.forget();
    if worker.post_message("skip-waiting").is_err() {
        reload();
    }
}
