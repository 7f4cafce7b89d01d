#!/usr/bin/env bash
# Writes the Content-Security-Policy of the built page. Runs as Trunk's post_build hook
# (Trunk.toml) on the staged index.html, so `trunk build` and `trunk serve` both get it;
# can also be run by hand on a built file: scripts/csp.sh dist/index.html
#
# www/index.html carries the policy with the placeholder 'sha256-TRUNK-INLINE-SCRIPTS';
# this replaces it with the sha256 hash of every inline <script> of the built page
# (Trunk's small module loader, and its live-reload script under `trunk serve`), so the
# policy never needs 'unsafe-inline'. Fails when the placeholder or the scripts are missing.
set -euo pipefail
html="${1:-${TRUNK_STAGING_DIR:?run by Trunk or give the HTML file}/index.html}"
perl -0777 -i -MDigest::SHA=sha256 -MMIME::Base64 -e '
  local $/; my $page = <>;
  my @hashes;
  while ($page =~ m{<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>}gs) {
    push @hashes, "'"'"'sha256-" . encode_base64(sha256($1), "") . "'"'"'";
  }
  die "csp.sh: no inline script found (Trunk loader missing?)\n" unless @hashes;
  my $n = ($page =~ s/'"'"'sha256-TRUNK-INLINE-SCRIPTS'"'"'/join(" ", @hashes)/ge);
  die "csp.sh: the CSP placeholder is missing from the page\n" unless $n == 1;
  print $page;
' "$html"
echo "csp.sh: $(grep -o "'sha256-[^']*'" "$html" | wc -l) inline script hash(es) in $html" >&2
