//! A deterministic generator of realistic Intune Graph exports for benchmarks and tests:
//! `{"@odata.context": …, "value": [...]}` mixing `depIOSEnrollmentProfile`s of every
//! authentication method, iOS device restrictions, VPP and store apps with expanded
//! assignments, and settings-catalog enrollment policies.
//!
//! Standard library only, so the benches, the tests and `examples/gen_export.rs` can all
//! include it with `#[path]`. The same seed and size always give the same text.
#![allow(dead_code)]

use std::fmt::Write;

/// A small xorshift generator: deterministic, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn uuid(&mut self) -> String {
        let a = self.next();
        let b = self.next();
        format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            b >> 52,
            b & 0xffff_ffff_ffff
        )
    }
}

/// What one generated export holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub ade_profiles: usize,
    pub catalog_policies: usize,
    pub restrictions: usize,
    pub apps: usize,
    pub assignments: usize,
}

impl Counts {
    /// Objects the engine recognises at the top level of `value`.
    pub fn items(&self) -> usize {
        self.ade_profiles + self.catalog_policies + self.restrictions + self.apps
    }
}

const CONTEXT: &str =
    "https://graph.microsoft.com/beta/$metadata#deviceManagement/depOnboardingSettings('tenant')/enrollmentProfiles";
const DEPARTMENTS: &[&str] = &["Sales", "Retail", "Warehouse", "Finance", "営業部", "店舗", "Field Service", "Kiosk"];
const BOOL_KEYS: &[&str] = &[
    "isDefault",
    "supervisedModeEnabled",
    "isMandatory",
    "locationDisabled",
    "profileRemovalDisabled",
    "restoreBlocked",
    "appleIdDisabled",
    "termsAndConditionsDisabled",
    "touchIdDisabled",
    "applePayDisabled",
    "zoomDisabled",
    "siriDisabled",
    "diagnosticsDisabled",
    "displayToneSetupDisabled",
    "privacyPaneDisabled",
    "screenTimeScreenDisabled",
    "passCodeDisabled",
    "restoreFromAndroidDisabled",
    "homeButtonScreenDisabled",
    "iMessageAndFaceTimeScreenDisabled",
    "onBoardingScreenDisabled",
    "simSetupScreenDisabled",
    "softwareUpdateScreenDisabled",
    "watchMigrationScreenDisabled",
    "appearanceScreenDisabled",
    "expressLanguageScreenDisabled",
    "preferredLanguageScreenDisabled",
    "deviceToDeviceMigrationDisabled",
    "welcomeScreenDisabled",
];

fn b(v: bool) -> &'static str {
    if v {
        "true"
    } else {
        "false"
    }
}

/// An ADE profile of one of seven method shapes (legacy, Company Portal with and without
/// single-app mode, modern, no affinity, shared iPad, Entra shared device mode).
fn dep_profile(out: &mut String, rng: &mut Rng, n: usize) {
    let shape = rng.below(7);
    let dept = DEPARTMENTS[rng.below(DEPARTMENTS.len() as u64) as usize];
    let (rua, cp, web, sam, shared_ipad, shared_aad) = match shape {
        0 => (true, false, false, false, false, false),
        1 => (true, true, false, false, false, false),
        2 => (true, true, false, true, false, false),
        3 => (true, false, true, false, false, false),
        4 => (false, false, false, false, false, false),
        5 => (false, false, false, false, true, false),
        _ => (false, false, false, false, false, true),
    };
    let id = rng.uuid();
    let _ = write!(
        out,
        "{{\"@odata.type\": \"#microsoft.graph.depIOSEnrollmentProfile\", \"id\": \"{id}\", \"displayName\": \"{dept} iPhone profile {n}\", \"description\": \"ADE profile for {dept} (\\\"wave {w}\\\")\", \"createdDateTime\": \"2026-0{m}-1{d}T08:30:00Z\", \"lastModifiedDateTime\": \"2026-0{m}-2{d}T17:45:12Z\", \"roleScopeTagIds\": [\"0\"], \"requiresUserAuthentication\": {rua}, \"configurationEndpointUrl\": \"https://appleconfigurator2.manage.microsoft.com/MDMServiceConfig?id={id}\", \"enableAuthenticationViaCompanyPortal\": {cp}, \"requireCompanyPortalOnSetupAssistantEnrolledDevices\": {install}, \"configurationWebUrl\": {web}, \"enableSingleAppEnrollmentMode\": {sam}, \"enableSharedIPad\": {shared_ipad}, \"userlessSharedAadModeEnabled\": {shared_aad}, \"sharedIPadMaximumUserCount\": {users}, \"companyPortalVppTokenId\": {token}, \"supportDepartment\": \"IT Help Desk\", \"supportPhoneNumber\": \"+81-3-0000-{n4:04}\", \"deviceNameTemplate\": \"{{{{DEVICETYPE}}}}-{{{{SERIAL}}}}\", \"iTunesPairingMode\": \"disallow\", \"managementCertificates\": [], \"enabledSkipKeys\": [\"Siri\", \"Privacy\", \"Android\", \"ScreenTime\"], \"awaitDeviceConfiguredConfirmation\": {await_}",
        w = n % 9,
        m = 1 + n % 9,
        d = n % 10,
        rua = b(rua),
        cp = b(cp),
        install = b(web && rng.chance(50)),
        web = b(web),
        sam = b(sam),
        shared_ipad = b(shared_ipad),
        shared_aad = b(shared_aad),
        users = if shared_ipad { 4 } else { 0 },
        token = if cp && rng.chance(70) { format!("\"{}\"", rng.uuid()) } else { "null".to_string() },
        n4 = n % 10_000,
        await_ = b(rng.chance(60)),
    );
    for key in BOOL_KEYS {
        let _ = write!(out, ", \"{key}\": {}", b(rng.chance(30)));
    }
    if rng.chance(5) {
        // A property this version of the tool does not know yet.
        out.push_str(", \"futureGraphProperty\": \"preview\"");
    }
    out.push('}');
}

fn restrictions(out: &mut String, rng: &mut Rng, n: usize) {
    let hide_cp = rng.chance(10);
    let _ = write!(
        out,
        "{{\n      \"@odata.type\": \"#microsoft.graph.iosGeneralDeviceConfiguration\",\n      \"id\": \"{}\",\n      \"displayName\": \"iOS restrictions {n}\",\n      \"version\": {},\n      \"appsVisibilityListType\": \"{}\",\n      \"appsVisibilityList\": [",
        rng.uuid(),
        1 + n % 7,
        if hide_cp { "appsInListCompliant" } else { "none" },
    );
    let apps = 1 + rng.below(4);
    for i in 0..apps {
        let cp = hide_cp && i == 0;
        let _ = write!(
            out,
            "{}\n        {{\"@odata.type\": \"microsoft.graph.appListItem\", \"name\": \"{}\", \"publisher\": \"Contoso\", \"appStoreUrl\": \"https://apps.apple.com/app/id{}\", \"appId\": \"{}\"}}",
            if i == 0 { "" } else { "," },
            if cp { "Intune Company Portal" } else { "Line of business app" },
            if cp { 719171358 } else { 100000000 + rng.below(800000000) },
            if cp { "com.microsoft.CompanyPortal".to_string() } else { format!("com.contoso.app{i}") },
        );
    }
    let _ = write!(
        out,
        "\n      ],\n      \"iBooksStoreBlockErotica\": {},\n      \"mediaContentRatingApps\": \"{}\",\n      \"mediaContentRatingJapan\": {{\"@odata.type\": \"microsoft.graph.mediaContentRatingJapan\", \"movieRating\": \"allAllowed\", \"tvRating\": \"allAllowed\"}},\n      \"passcodeRequired\": {},\n      \"passcodeMinimumLength\": {},\n      \"cameraBlocked\": {},\n      \"screenCaptureBlocked\": {},\n      \"airDropBlocked\": {},\n      \"appStoreBlocked\": {}\n    }}",
        b(rng.chance(20)),
        if rng.chance(15) { "agesAbove4" } else { "allAllowed" },
        b(rng.chance(80)),
        4 + rng.below(4),
        b(rng.chance(10)),
        b(rng.chance(20)),
        b(rng.chance(30)),
        b(rng.chance(5)),
    );
}

fn app(out: &mut String, rng: &mut Rng, n: usize, counts: &mut Counts) {
    let cp = n % 25 == 0;
    let vpp = cp || rng.chance(60);
    let id = rng.uuid();
    let (name, bundle, store) = if cp {
        ("Intune Company Portal".to_string(), "com.microsoft.CompanyPortal".to_string(), 719171358)
    } else {
        (format!("Contoso app {n}"), format!("com.contoso.app{n}"), 100000000 + rng.below(800000000))
    };
    let _ = write!(
        out,
        "{{\n      \"@odata.type\": \"#microsoft.graph.{}\",\n      \"id\": \"{id}\",\n      \"displayName\": \"{name}\",\n      \"publisher\": \"Contoso Ltd.\",\n      \"bundleId\": \"{bundle}\",\n      \"appStoreUrl\": \"https://apps.apple.com/jp/app/id{store}\",\n      \"applicableDeviceType\": {{\"iPad\": true, \"iPhoneAndIPod\": true}},",
        if vpp { "iosVppApp" } else { "iosStoreApp" },
    );
    if vpp {
        let _ = write!(
            out,
            "\n      \"usedLicenseCount\": {},\n      \"totalLicenseCount\": 500,\n      \"licensingType\": {{\"supportsUserLicensing\": true, \"supportsDeviceLicensing\": true}},\n      \"vppTokenAppleId\": \"vpp@contoso.example\",\n      \"vppTokenOrganizationName\": \"Contoso\",\n      \"vppTokenAccountType\": \"business\",",
            rng.below(500),
        );
    }
    out.push_str("\n      \"assignments\": [");
    let k = 1 + rng.below(3) as usize;
    for i in 0..k {
        let intent = match rng.below(10) {
            0 => "uninstall",
            1..=3 => "available",
            _ => "required",
        };
        let settings = if vpp {
            format!(
                "{{\"@odata.type\": \"#microsoft.graph.iosVppAppAssignmentSettings\", \"useDeviceLicensing\": {}, \"vpnConfigurationId\": null, \"uninstallOnDeviceRemoval\": false}}",
                b(rng.chance(70))
            )
        } else {
            "null".to_string()
        };
        let _ = write!(
            out,
            "{}\n        {{\n          \"@odata.type\": \"#microsoft.graph.mobileAppAssignment\",\n          \"id\": \"{id}_{i}_0\",\n          \"intent\": \"{intent}\",\n          \"target\": {{\"@odata.type\": \"#microsoft.graph.groupAssignmentTarget\", \"groupId\": \"{}\"}},\n          \"settings\": {settings}\n        }}",
            if i == 0 { "" } else { "," },
            rng.uuid(),
        );
        counts.assignments += 1;
    }
    out.push_str("\n      ]\n    }");
}

fn choice(def: &str, value: &str, children: &str) -> String {
    format!(
        "{{\"@odata.type\": \"#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance\", \"settingDefinitionId\": \"{def}\", \"settingInstanceTemplateReference\": null, \"choiceSettingValue\": {{\"@odata.type\": \"#microsoft.graph.deviceManagementConfigurationChoiceSettingValue\", \"value\": \"{def}_{value}\", \"settingValueTemplateReference\": null, \"children\": [{children}]}}}}"
    )
}

fn catalog_policy(out: &mut String, rng: &mut Rng, n: usize) {
    let method = rng.below(3).to_string();
    let affinity = if rng.chance(85) { "1" } else { "0" };
    let inner = if affinity == "1" {
        choice("ade_authenticationmethod", &method, &choice("ade_modernauth_awaitfinalconfiguration", "1", ""))
    } else {
        String::new()
    };
    let _ = write!(
        out,
        "{{\n      \"@odata.type\": \"#microsoft.graph.deviceManagementConfigurationPolicy\",\n      \"id\": \"{}\",\n      \"name\": \"iOS enrollment policy {n}\",\n      \"description\": \"\",\n      \"platforms\": \"iOS\",\n      \"technologies\": \"enrollment\",\n      \"settingCount\": 2,\n      \"roleScopeTagIds\": [\"0\"],\n      \"isAssigned\": true,\n      \"templateReference\": {{\"templateId\": \"27d20e9c-50c1-48f8-a44c-f37de4510051_1\", \"templateFamily\": \"enrollmentConfiguration\", \"templateDisplayName\": \"iOS/iPadOS enrollment policy\", \"templateDisplayVersion\": \"Version 1\"}},\n      \"settings\": [\n        {{\"id\": \"0\", \"settingInstance\": {}}},\n        {{\"id\": \"1\", \"settingInstance\": {}}}\n      ]\n    }}",
        rng.uuid(),
        choice("ade_useraffinity", affinity, &inner),
        choice("ade_lockedenrollment", if rng.chance(50) { "1" } else { "0" }, ""),
    );
}

/// A Graph export of at least `target_bytes` bytes (it stops after the item that crosses
/// the target), and what it holds. About 70 % of the items are ADE profiles, which make up
/// about three quarters of the text: 5 MB holds about 2,000 of them.
pub fn graph_export(target_bytes: usize, seed: u64) -> (String, Counts) {
    let mut rng = Rng::new(seed);
    let mut counts = Counts::default();
    let mut out = String::with_capacity(target_bytes + 4096);
    let _ = write!(out, "{{\n  \"@odata.context\": \"{CONTEXT}\",\n  \"@odata.count\": 0,\n  \"value\": [");
    let mut n = 0usize;
    while out.len() < target_bytes {
        out.push_str(if n == 0 { "\n    " } else { ",\n    " });
        match rng.below(20) {
            0..=13 => {
                dep_profile(&mut out, &mut rng, n);
                counts.ade_profiles += 1;
            }
            14..=15 => {
                restrictions(&mut out, &mut rng, n);
                counts.restrictions += 1;
            }
            16..=18 => {
                app(&mut out, &mut rng, n, &mut counts);
                counts.apps += 1;
            }
            _ => {
                catalog_policy(&mut out, &mut rng, n);
                counts.catalog_policies += 1;
            }
        }
        n += 1;
    }
    out.push_str("\n  ]\n}\n");
    (out, counts)
}

/// One ADE profile of about 10 KB (a profile with a long description and many skip keys),
/// for the typing-latency benchmark: the size of a single profile pasted from Graph
/// Explorer with its certificates.
pub fn single_profile(target_bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::new();
    dep_profile(&mut out, &mut rng, 1);
    // Pad with management certificates, as Graph Explorer shows them.
    let cert_at = out.find("\"managementCertificates\": []").unwrap_or(0);
    let mut certs = String::from("\"managementCertificates\": [");
    let mut i = 0;
    while out.len() + certs.len() < target_bytes {
        let _ = write!(
            certs,
            "{}\n        {{\"@odata.type\": \"microsoft.graph.managementCertificateWithThumbprint\", \"thumbprint\": \"{:016X}{:016X}\", \"certificate\": \"MII{}\"}}",
            if i == 0 { "" } else { "," },
            rng.next(),
            rng.next(),
            "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo".repeat(8),
        );
        i += 1;
    }
    certs.push_str("\n      ]");
    out.replace_range(cert_at..cert_at + "\"managementCertificates\": []".len(), &certs);
    out
}

/// A Windows settings-catalog policy of about `target_bytes` bytes: the kind of object
/// that fills most of a real backup and that the engine only recognises as unknown.
fn windows_policy(out: &mut String, rng: &mut Rng, n: usize, target_bytes: usize) {
    let start = out.len();
    let _ = write!(
        out,
        "{{\n    \"@odata.type\": \"#microsoft.graph.deviceManagementConfigurationPolicy\",\n    \"name\": \"Windows baseline {n}\",\n    \"description\": \"\",\n    \"platforms\": \"windows10\",\n    \"technologies\": \"mdm\",\n    \"settings\": ["
    );
    let mut i = 0;
    while out.len() - start < target_bytes.saturating_sub(200) {
        let def = format!("device_vendor_msft_policy_config_setting{}_{}", rng.below(1000), i);
        let _ = write!(
            out,
            "{}\n        {{\n            \"id\": \"{i}\",\n            \"settingInstance\": {}\n        }}",
            if i == 0 { "" } else { "," },
            choice(&def, if rng.chance(50) { "1" } else { "0" }, ""),
        );
        i += 1;
    }
    let _ = write!(
        out,
        "\n    ],\n    \"assignments\": [\n        {{\"target\": {{\"@odata.type\": \"#microsoft.graph.groupAssignmentTarget\", \"groupName\": \"Windows devices\"}}}}\n    ]\n}}\n"
    );
}

/// What [`backup_tree`] wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tree {
    pub files: usize,
    pub bytes: usize,
    /// Objects the engine recognises (ADE profiles, restrictions, apps, enrollment
    /// policies; apps' assignments not counted).
    pub recognised: usize,
}

/// Writes an IntuneCD-like backup of `files` JSON files under `root` (one object per file,
/// in `Enrollment Profiles/Apple/`, `Device Configurations/`, `Applications/iOS/` and
/// `Settings Catalog/`), about 5 KB each on average: 10,000 files make about 50 MB. Six in
/// ten files are Windows settings-catalog policies, as in a real tenant's backup.
pub fn backup_tree(root: &std::path::Path, files: usize, seed: u64) -> std::io::Result<Tree> {
    let mut rng = Rng::new(seed);
    let mut tree = Tree::default();
    let mut counts = Counts::default();
    for n in 0..files {
        let mut text = String::new();
        let (folder, name, recognised) = match rng.below(20) {
            0..=3 => {
                let (size, seed) = (4_000 + rng.below(3_000) as usize, rng.next());
                text = single_profile(size, seed);
                ("Enrollment Profiles/Apple", format!("iPhone profile {n}.json"), true)
            }
            4 => {
                restrictions(&mut text, &mut rng, n);
                ("Device Configurations", format!("iOS restrictions {n}_iosGeneralDeviceConfiguration.json"), true)
            }
            5..=6 => {
                app(&mut text, &mut rng, n, &mut counts);
                ("Applications/iOS", format!("Contoso app {n}_iosVppApp.json"), true)
            }
            7 => {
                catalog_policy(&mut text, &mut rng, n);
                ("Settings Catalog", format!("iOS enrollment policy {n}.json"), true)
            }
            _ => {
                let size = 3_000 + rng.below(6_000) as usize;
                windows_policy(&mut text, &mut rng, n, size);
                ("Settings Catalog", format!("Windows baseline {n}_mdm.json"), false)
            }
        };
        let dir = root.join(folder);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(name), &text)?;
        tree.files += 1;
        tree.bytes += text.len();
        tree.recognised += usize::from(recognised);
    }
    Ok(tree)
}
