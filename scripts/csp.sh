#!/usr/bin/env bash
# Writes the Content-Security-Policy of the built pages. Runs as Trunk's post_build hook
# (Trunk.toml) on the staged pages (index.html and ja/index.html, which
# scripts/prerender.sh wrote just before), so `trunk build` and `trunk serve` both get it;
# can also be run by hand on built files: scripts/csp.sh dist/index.html dist/ja/index.html
#
# www/index.html carries the policy with the placeholder 'sha256-TRUNK-INLINE-SCRIPTS';
# this replaces it with the sha256 hash of every inline <script> of the pages (the theme
# and language script of www/index.html, Trunk's small module loader, which differs per
# page since ja/ loads the files from ../, and Trunk's live-reload script under
# `trunk serve`), so the policy never needs 'unsafe-inline'. Every page gets the same
# policy, the hashes of all of them: one policy a host can send as a header for the whole
# site (docs/security.md). Fails when the placeholder or the scripts are missing.
set -euo pipefail
if [ $# -eq 0 ]; then
  dir="${TRUNK_STAGING_DIR:?run by Trunk or give the HTML files}"
  mapfile -t pages < <(find "$dir" -name index.html | LC_ALL=C sort)
  set -- "${pages[@]}"
fi
perl -MDigest::SHA=sha256 -MMIME::Base64 -e '
  my (@pages, @hashes, %seen);
  for my $file (@ARGV) {
    open my $fh, "<:raw", $file or die "csp.sh: $file: $!\n";
    my $page = do { local $/; <$fh> };
    my $n = 0;
    while ($page =~ m{<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>}gs) {
      my $h = "'"'"'sha256-" . encode_base64(sha256($1), "") . "'"'"'";
      push @hashes, $h unless $seen{$h}++;
      $n++;
    }
    die "csp.sh: no inline script found in $file (Trunk loader missing?)\n" unless $n;
    push @pages, [$file, $page];
  }
  my $policy = join(" ", @hashes);
  for (@pages) {
    my ($file, $page) = @$_;
    my $n = ($page =~ s/'"'"'sha256-TRUNK-INLINE-SCRIPTS'"'"'/$policy/g);
    die "csp.sh: the CSP placeholder is missing from $file\n" unless $n == 1;
    open my $out, ">:raw", $file or die "csp.sh: $file: $!\n";
    print $out $page;
    close $out or die "csp.sh: $file: $!\n";
  }
  printf STDERR "csp.sh: %d inline script hash(es) in the policy of %s\n", scalar @hashes, join(", ", @ARGV);
' "$@"
