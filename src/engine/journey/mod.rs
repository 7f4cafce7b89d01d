//! Enrollment journeys: what a user goes through, step by step, from turning on a new
//! iPhone or iPad to a usable device registered in Microsoft Entra ID, for each
//! authentication method (following the stated requirements) and for each pasted profile
//! (its Setup Assistant screens, its settings, and Just-in-Time registration when a single
//! sign-on extension with device registration is pasted with it).
//!
//! Every step says who acts, whether the device is usable from then on, where the user
//! signs in and where MFA is asked, the profile field behind it (a JSON pointer relative to
//! the profile), its sources, and whether the sources give its place in the sequence or
//! only its existence ("typical order"). Texts are data ([`texts`], [`screens`]); nothing
//! here reads a clock or does I/O, and nothing panics.

mod read;
pub mod render;
pub mod screens;
pub mod texts;

#[cfg(not(target_arch = "wasm32"))]
pub use render::{journey_json, journeys_json_text, journeys_markdown, journeys_text};

use crate::engine::i18n::{LText, Text};
use crate::engine::model::{key, AffinityVariant, AuthMethod, Object};
use crate::engine::rules::{self, RuleContext};
use crate::engine::table::{Method, Requirement, RequirementSet};
use read::Shown;
use std::borrow::Cow;
pub use texts::Note;
use texts::{def, METHOD, REGISTERS, SCREEN, SIGN_IN, USABLE, WAIT};

/// Who acts in a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    User,
    Device,
    /// The organisation's Intune set-up (policies, required apps) does the work.
    Admin,
}

impl Actor {
    pub fn id(self) -> &'static str {
        match self {
            Actor::User => "user",
            Actor::Device => "device",
            Actor::Admin => "admin",
        }
    }
}

/// Whether the sources give a step's place in the sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Documented,
    /// The step is documented, its position is not: the usual one is shown.
    Typical,
}

/// The kinds of step (see [`texts::def`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    PowerOn,
    Language,
    QuickStart,
    Wifi,
    RemoteManagement,
    SignInModern,
    SignInLegacy,
    Enrolled,
    Panes,
    PanesUnstated,
    Screen,
    UnknownScreen,
    AwaitFinal,
    HomeModern,
    HomeCompanyPortal,
    HomeLegacy,
    HomeUserless,
    HomeShared,
    CompanyPortalVpp,
    CompanyPortalAppleId,
    CompanyPortalLock,
    CompanyPortalOpens,
    CompanyPortalEnroll,
    CompanyPortalRegister,
    JitSignIn,
    SingleSignOn,
    SharedIpadSkip,
    SharedIpadSignIn,
    SharedIpadGuest,
    Authenticator,
    SharedSignIn,
}

impl Kind {
    pub const ALL: [Kind; 31] = [
        Kind::PowerOn,
        Kind::Language,
        Kind::QuickStart,
        Kind::Wifi,
        Kind::RemoteManagement,
        Kind::SignInModern,
        Kind::SignInLegacy,
        Kind::Enrolled,
        Kind::Panes,
        Kind::PanesUnstated,
        Kind::Screen,
        Kind::UnknownScreen,
        Kind::AwaitFinal,
        Kind::HomeModern,
        Kind::HomeCompanyPortal,
        Kind::HomeLegacy,
        Kind::HomeUserless,
        Kind::HomeShared,
        Kind::CompanyPortalVpp,
        Kind::CompanyPortalAppleId,
        Kind::CompanyPortalLock,
        Kind::CompanyPortalOpens,
        Kind::CompanyPortalEnroll,
        Kind::CompanyPortalRegister,
        Kind::JitSignIn,
        Kind::SingleSignOn,
        Kind::SharedIpadSkip,
        Kind::SharedIpadSignIn,
        Kind::SharedIpadGuest,
        Kind::Authenticator,
        Kind::SharedSignIn,
    ];
}

/// One step of a journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Stable id (`sign-in`, `screen-appleid`, …): the page's `li[data-step]`.
    pub id: Cow<'static, str>,
    pub kind: Kind,
    pub text: LText,
    pub actor: Actor,
    pub order: Order,
    flags: u8,
    /// MFA is asked in this step (the requirement is stated).
    pub mfa: bool,
    pub note: Option<Note>,
    /// The iOS/iPadOS version a screen appeared in, where Learn gives it (`""`: none).
    pub ios: &'static str,
    /// The profile field behind the step (relative to the profile).
    pub pointer: Option<String>,
    /// Its sources (ids of docs/sources.md): the CLI's and the reports'. The page cites its
    /// sources once, under the journeys.
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: Vec<&'static str>,
}

impl Step {
    // Not inlined: every step is made here, and one copy keeps the page small.
    #[inline(never)]
    fn new(kind: Kind) -> Step {
        let d = def(kind);
        Step {
            id: Cow::Borrowed(d.id),
            kind,
            text: d.text.to_owned(),
            actor: d.actor,
            order: d.order,
            flags: d.flags,
            mfa: false,
            note: None,
            ios: "",
            pointer: None,
            #[cfg(not(target_arch = "wasm32"))]
            sources: texts::sources(kind).to_vec(),
        }
    }

    #[inline(never)]
    fn at(mut self, pointer: &Option<String>) -> Step {
        self.pointer = pointer.clone();
        self
    }

    #[inline(never)]
    fn noted(mut self, note: Note) -> Step {
        self.note = Some(note);
        #[cfg(not(target_arch = "wasm32"))]
        for s in note.sources() {
            if !self.sources.contains(s) {
                self.sources.push(s);
            }
        }
        self
    }

    fn usable(mut self) -> Step {
        self.flags |= USABLE;
        self
    }

    /// A Setup Assistant screen the user sees.
    pub fn screen(&self) -> bool {
        self.flags & SCREEN != 0
    }
    /// The user signs in (work account, Managed Apple ID or Apple ID).
    pub fn sign_in(&self) -> bool {
        self.flags & SIGN_IN != 0
    }
    /// The user waits.
    pub fn wait(&self) -> bool {
        self.flags & WAIT != 0
    }
    /// The device is usable from this step on.
    pub fn usable_here(&self) -> bool {
        self.flags & USABLE != 0
    }
    /// The device registers in Microsoft Entra ID in this step.
    pub fn registers(&self) -> bool {
        self.flags & REGISTERS != 0
    }
    /// The step comes with the authentication method: switching methods changes it.
    pub fn by_method(&self) -> bool {
        self.flags & METHOD != 0
    }
}

/// Why a screen is not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    Hidden,
    /// Hidden, and the product does not know the screen.
    HiddenUnknown,
    /// Shown by the profile, but no longer part of Setup Assistant since this iOS version.
    Retired(&'static str),
}

/// A screen the profile does not show.
#[derive(Clone, Debug, PartialEq)]
pub struct NotShown {
    /// `screen-<skip key in lower case>`.
    pub id: String,
    pub name: LText,
    pub why: Why,
    /// Apple shows it before the configuration arrives: hiding it may not take effect.
    pub may_appear: bool,
    pub pointer: Option<String>,
}

/// When the device is registered in Microsoft Entra ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Registration {
    /// At this step (1-based).
    At(usize),
    /// Not by this enrollment (Learn says so).
    No,
    /// The sources read do not say.
    NotStated,
}

/// The figures of a journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub steps: usize,
    /// Screens the user sees; with `screens_vary`, plus the Setup Assistant screens the
    /// profile shows.
    pub screens: usize,
    pub screens_vary: bool,
    pub sign_ins: usize,
    pub mfa_prompts: usize,
    pub waits: usize,
    /// The step (1-based) from which the device is usable.
    pub usable_at: Option<usize>,
    pub registered: Registration,
}

/// A journey: a method's, or a pasted profile's.
#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    /// The method id, or the variant id for Shared iPad and Entra shared device mode: the
    /// page's `[data-journey]`.
    pub id: &'static str,
    pub method: AuthMethod,
    pub variant: Option<AffinityVariant>,
    /// The profile's object index; `None` for a method's journey.
    pub object: Option<usize>,
    pub steps: Vec<Step>,
    pub not_shown: Vec<NotShown>,
    pub summary: Summary,
    /// Just-in-Time registration replaces the Company Portal sign-in.
    pub jit: bool,
}

impl Journey {
    /// The method's (or variant's) name.
    pub fn title(&self) -> Text {
        match self.variant {
            Some(AffinityVariant::SharedIpad) => Text::new("Shared iPad", "共有 iPad"),
            Some(AffinityVariant::EntraSharedDeviceMode) => {
                Text::new("Microsoft Entra shared device mode", "Microsoft Entra 共有デバイス モード")
            }
            None => self.method.label(),
        }
    }

    /// Every source the journey cites, in first-cited order.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn sources(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for s in self.steps.iter().flat_map(|s| s.sources.iter()) {
            if !out.contains(s) {
                out.push(s);
            }
        }
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flow {
    Modern,
    CompanyPortal,
    Legacy,
    Userless,
    SharedIpad,
    EntraShared,
}

/// Company Portal's VPP token, as known.
#[derive(Clone, Debug, PartialEq)]
enum Vpp {
    Token(Option<String>),
    NoToken(Option<String>),
    Unknown,
}

/// Await final configuration.
#[derive(Clone, Debug, PartialEq)]
enum Await {
    On(Option<String>),
    Off,
    /// Not said: new profiles default to Yes.
    Default,
}

/// What a journey is built from.
struct Setup {
    flow: Flow,
    mfa: bool,
    vpp: Vpp,
    single_app_mode: Option<Option<String>>,
    install_company_portal: Option<Option<String>>,
    await_final: Await,
    jit: bool,
    guest_only: Option<String>,
    department: Option<String>,
    method_pointer: Option<String>,
    screens: Option<Vec<read::Setting>>,
}

impl Setup {
    fn new(flow: Flow) -> Setup {
        Setup {
            flow,
            mfa: false,
            vpp: Vpp::Unknown,
            single_app_mode: None,
            install_company_portal: None,
            await_final: Await::Default,
            jit: false,
            guest_only: None,
            department: None,
            method_pointer: None,
            screens: None,
        }
    }
}

/// The journey of a method, following the stated requirements: with `mfa` the sign-in asks
/// for MFA; with `lock-until-company-portal` Company Portal runs in single-app mode; with
/// `company-portal-vpp` Company Portal installs without an Apple ID; legacy installs Company
/// Portal when registration or Company Portal is asked for.
pub fn for_method(method: Method, requirements: RequirementSet) -> Journey {
    let has = |r| requirements.contains(r);
    let mut setup = Setup::new(match method {
        Method::SetupAssistantModern => Flow::Modern,
        Method::CompanyPortal => Flow::CompanyPortal,
        Method::SetupAssistantLegacy => Flow::Legacy,
    });
    setup.mfa = has(Requirement::Mfa);
    let lock = method == Method::CompanyPortal && has(Requirement::LockUntilCompanyPortal);
    setup.single_app_mode = lock.then_some(None);
    if lock || has(Requirement::CompanyPortalVpp) {
        setup.vpp = Vpp::Token(None);
    }
    let wants_cp =
        [Requirement::EntraRegistration, Requirement::CompanyPortalAutoInstall, Requirement::CompanyPortalVpp];
    setup.install_company_portal = wants_cp.into_iter().any(has).then_some(None);
    build(&setup, method.into(), None, None)
}

/// Whether Just-in-Time registration is set up in the pasted input: a device features
/// configuration with the Microsoft Entra single sign-on extension and `device_registration`
/// (S-LEARN-JIT, the same reading as the rule `modern-auth-without-jit`).
pub fn jit_set_up(objects: &[Object]) -> bool {
    rules::sso_extensions(&RuleContext::new(objects)).iter().any(|e| e.entra && e.device_registration)
}

/// The journey of every ADE profile and policy whose method is known, in object order.
pub fn for_profiles(objects: &[Object], requirements: RequirementSet) -> Vec<Journey> {
    let jit = jit_set_up(objects);
    objects.iter().filter_map(|o| for_profile(o, requirements, jit)).collect()
}

fn first_pointer<T>(s: &crate::engine::model::Setting<T>) -> Option<String> {
    s.evidence.first().map(|e| e.pointer.to_string())
}

/// The journey of one profile (`None` when it is not an ADE profile or its method is not
/// known). `jit`: Just-in-Time registration is set up ([`jit_set_up`]).
pub fn for_profile(obj: &Object, requirements: RequirementSet, jit: bool) -> Option<Journey> {
    if !obj.kind.is_ade_profile() {
        return None;
    }
    let c = obj.classification.as_ref()?;
    let method = c.method?;
    let flow = match (method, c.variant) {
        (AuthMethod::SetupAssistantModern, _) => Flow::Modern,
        (AuthMethod::CompanyPortal, _) => Flow::CompanyPortal,
        (AuthMethod::SetupAssistantLegacy, _) => Flow::Legacy,
        (AuthMethod::NoUserAffinity, Some(AffinityVariant::SharedIpad)) => Flow::SharedIpad,
        (AuthMethod::NoUserAffinity, Some(AffinityVariant::EntraSharedDeviceMode)) => Flow::EntraShared,
        (AuthMethod::NoUserAffinity, None) => Flow::Userless,
    };
    let s = &c.settings;
    let mut setup = Setup::new(flow);
    setup.mfa = requirements.contains(Requirement::Mfa);
    setup.vpp = match &s.vpp_token {
        Some(t) => Vpp::Token(first_pointer(t)),
        None if rules::profile_options(obj).no_company_portal_vpp_token => {
            Vpp::NoToken(obj.field(key!("companyPortalVppTokenId")).map(|f| f.pointer()))
        }
        None => Vpp::Unknown,
    };
    setup.single_app_mode = s.single_app_mode.as_ref().filter(|x| x.value).map(first_pointer);
    setup.install_company_portal = match rules::install_company_portal(obj) {
        Some((true, p)) => Some(Some(p)),
        _ => None,
    };
    setup.await_final = match &s.await_final_configuration {
        Some(x) if x.value => Await::On(first_pointer(x)),
        Some(_) => Await::Off,
        None => Await::Default,
    };
    setup.jit = jit && flow == Flow::Modern;
    setup.guest_only = read::temporary_sessions_only(obj);
    setup.department = read::department(obj);
    setup.method_pointer = Some(rules::method_pointer(obj, method)).filter(|p| !p.is_empty());
    setup.screens = read::screens(obj);
    Some(build(&setup, method, c.variant, Some(obj.index)))
}

fn screen_step(s: &screens::Screen, pointer: &Option<String>) -> Step {
    let d = def(Kind::Screen);
    let mut step = Step::new(Kind::Screen).at(pointer);
    step.id = Cow::Owned(s.step_id());
    step.text = LText::new(format!("{} {}", d.text.en, s.name.en), format!("{} {}", d.text.ja, s.name.ja));
    step.ios = s.ios;
    if let Some(n) = s.note {
        step = step.noted(n);
    }
    step
}

/// The screens of a profile, sorted into the steps they make (early ones, the others) and
/// the screens that are not shown.
struct Sorted {
    early: Vec<Step>,
    steps: Vec<Step>,
    not_shown: Vec<NotShown>,
}

fn sort_screens(settings: &[read::Setting]) -> Sorted {
    let mut out = Sorted { early: Vec::new(), steps: Vec::new(), not_shown: Vec::new() };
    // The screens the profile does not set, listed in one step (English, Japanese).
    let d = def(Kind::PanesUnstated);
    let (mut en, mut ja) = (d.text.en.to_string(), d.text.ja.to_string());
    for e in settings {
        match (&e.screen, e.shown) {
            (Ok(s), Shown::Yes) if !s.retired.is_empty() => out.not_shown.push(NotShown {
                id: s.step_id(),
                name: s.name.to_owned(),
                why: Why::Retired(s.retired),
                may_appear: false,
                pointer: e.pointer.clone(),
            }),
            (Ok(s), Shown::Yes) if s.early() => out.early.push(screen_step(s, &e.pointer)),
            (Ok(s), Shown::Yes) => out.steps.push(screen_step(s, &e.pointer)),
            (Ok(s), Shown::No) => out.not_shown.push(NotShown {
                id: s.step_id(),
                name: s.name.to_owned(),
                why: Why::Hidden,
                may_appear: s.early(),
                pointer: e.pointer.clone(),
            }),
            (Ok(s), Shown::NotSet) if s.retired.is_empty() => {
                let first = en.len() == d.text.en.len();
                en.push_str(if first { " " } else { ", " });
                en.push_str(s.name.en);
                ja.push_str(if first { " " } else { "、" });
                ja.push_str(s.name.ja);
            }
            (Ok(_), Shown::NotSet) => {}
            (Err(name), Shown::Yes) => {
                let mut step = Step::new(Kind::UnknownScreen).at(&e.pointer);
                step.id = Cow::Owned(format!("screen-{}", name.to_ascii_lowercase()));
                let d = def(Kind::UnknownScreen);
                step.text = LText::new(format!("{} {name}", d.text.en), format!("{} {name}", d.text.ja));
                out.steps.push(step);
            }
            (Err(name), Shown::No) => out.not_shown.push(NotShown {
                id: format!("screen-{}", name.to_ascii_lowercase()),
                name: LText::new(name.clone(), name.clone()),
                why: Why::HiddenUnknown,
                may_appear: false,
                pointer: e.pointer.clone(),
            }),
            (Err(_), Shown::NotSet) => {}
        }
    }
    if en.len() > d.text.en.len() {
        let mut step = Step::new(Kind::PanesUnstated);
        en.push('.');
        ja.push('。');
        step.text = LText::new(en, ja);
        out.steps.push(step);
    }
    out
}

fn build(setup: &Setup, method: AuthMethod, variant: Option<AffinityVariant>, object: Option<usize>) -> Journey {
    use Kind::*;
    let flow = setup.flow;
    let sam = setup.single_app_mode.is_some();
    let sorted = match (&setup.screens, flow) {
        (Some(settings), f) if f != Flow::SharedIpad => Some(sort_screens(settings)),
        _ => None,
    };
    let (early, mut panes, not_shown) = match sorted {
        Some(s) => (s.early, s.steps, s.not_shown),
        None => (Vec::new(), vec![Step::new(Panes)], Vec::new()),
    };
    // After the opening (power-on, language, the early screens, Quick Start, Wi-Fi).
    let rest: &[Kind] = match flow {
        Flow::Modern => &[
            RemoteManagement,
            SignInModern,
            Enrolled,
            Panes,
            AwaitFinal,
            HomeModern,
            CompanyPortalVpp,
            CompanyPortalRegister,
        ],
        Flow::CompanyPortal if sam => {
            &[RemoteManagement, Panes, CompanyPortalVpp, CompanyPortalLock, CompanyPortalEnroll]
        }
        Flow::CompanyPortal => &[RemoteManagement, Panes, HomeCompanyPortal, CompanyPortalVpp, CompanyPortalEnroll],
        Flow::Legacy if setup.install_company_portal.is_some() => {
            &[RemoteManagement, SignInLegacy, Panes, CompanyPortalOpens, CompanyPortalRegister]
        }
        Flow::Legacy => &[RemoteManagement, SignInLegacy, Panes, HomeLegacy],
        Flow::Userless => &[RemoteManagement, Panes, AwaitFinal, HomeUserless],
        Flow::EntraShared => &[RemoteManagement, Panes, AwaitFinal, HomeShared, Authenticator, SharedSignIn],
        Flow::SharedIpad => &[SharedIpadSkip, SharedIpadSignIn],
    };
    let mut steps = vec![Step::new(PowerOn), Step::new(Language)];
    steps.extend(early);
    for &k in [QuickStart, Wifi].iter().chain(rest) {
        let mut s = Step::new(k);
        match k {
            Panes => {
                steps.append(&mut panes);
                continue;
            }
            AwaitFinal => match &setup.await_final {
                Await::On(p) => s = s.at(p),
                Await::Off => continue,
                Await::Default => s = s.noted(Note::AwaitDefault),
            },
            CompanyPortalVpp => {
                s = match &setup.vpp {
                    Vpp::Token(p) => s.at(p),
                    Vpp::NoToken(p) => Step::new(CompanyPortalAppleId).at(p),
                    Vpp::Unknown => s.noted(Note::NoVpp),
                }
            }
            CompanyPortalRegister if setup.jit => {
                steps.push(Step::new(JitSignIn));
                s = Step::new(SingleSignOn);
            }
            CompanyPortalRegister if flow == Flow::Legacy => s = s.usable(),
            CompanyPortalRegister => s = s.noted(Note::Jit),
            SignInModern | SignInLegacy | CompanyPortalEnroll => {
                s = s.at(&setup.method_pointer);
                // Single-app mode keeps the device locked until this sign-in.
                let locked = sam && k == CompanyPortalEnroll;
                if locked {
                    s = s.usable();
                }
                if setup.mfa && k != SignInLegacy {
                    s = s.noted(if locked { Note::MfaLocked } else { Note::Mfa });
                    s.mfa = true;
                }
            }
            RemoteManagement => s = s.at(&setup.department),
            CompanyPortalLock => s = s.at(setup.single_app_mode.as_ref().unwrap_or(&None)),
            CompanyPortalOpens => s = s.at(setup.install_company_portal.as_ref().unwrap_or(&None)),
            SharedIpadSkip if setup.screens.is_some() => s = s.noted(Note::SharedIpad),
            SharedIpadSignIn if setup.guest_only.is_some() => s = Step::new(SharedIpadGuest).at(&setup.guest_only),
            _ => {}
        }
        steps.push(s);
    }
    let count = |f: fn(&Step) -> bool| steps.iter().filter(|s| f(s)).count();
    let at = |f: fn(&Step) -> bool| steps.iter().position(f).map(|i| i + 1);
    let registered = match at(Step::registers) {
        Some(n) => Registration::At(n),
        None if flow == Flow::Legacy => Registration::No,
        None => Registration::NotStated,
    };
    let summary = Summary {
        steps: steps.len(),
        screens: count(Step::screen),
        screens_vary: steps.iter().any(|s| s.kind == Kind::Panes),
        sign_ins: count(Step::sign_in),
        mfa_prompts: steps.iter().filter(|s| s.mfa).count(),
        waits: count(Step::wait),
        usable_at: at(Step::usable_here),
        registered,
    };
    let id = match variant {
        Some(AffinityVariant::SharedIpad) => "shared-ipad",
        Some(AffinityVariant::EntraSharedDeviceMode) => "entra-shared-device-mode",
        None => method.id(),
    };
    Journey { id, method, variant, object, steps, not_shown, summary, jit: setup.jit }
}
