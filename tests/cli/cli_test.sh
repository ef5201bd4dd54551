#!/usr/bin/env bash
# Runs the real `backrub` executable: exit codes, messages and outputs of every command.
# Usage: cli_test.sh BACKRUB OUTPUT_DIR DATA_DIR [PART...]
# PART is models, renders, reports, own or handouts (default: all of them); each part writes
# into OUTPUT_DIR/PART and runs on its own, so the parts can run side by side.
set -u
backrub=$1 out_root=$2 data=$3
shift 3
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(models renders reports own handouts)
passed=0 failed=0
# An own technique file, and one with an error at a known place.
glide="$data/techniques/my-lumbar-glide.json"
broken="$data/techniques/duplicate-key.json"

# expect NAME CODE PATTERN -- ARGS...: exit code must be CODE and stdout+stderr must match PATTERN (grep -E).
expect() {
  local name=$1 code=$2 pattern=$3; shift 4
  local log="$out/cli-$name.log" actual
  "$backrub" "$@" >"$log" 2>&1
  actual=$?
  if [ "$actual" -eq "$code" ] && grep -Eq -- "$pattern" "$log"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: backrub $* -> exit $actual (want $code), output:"; sed 's/^/    /' "$log"
    echo "    (wanted a line matching: $pattern)"
  fi
}

# check NAME COMMAND...: COMMAND must succeed (a file made or not, a count).
check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $name: $*"; fi
}

part_models() {
expect help 0 'Usage:' -- --help
expect version 0 '^backrub [0-9]+\.[0-9]+\.[0-9]+' -- --version
expect unknown-command 2 "unknown command 'massage'" -- massage
expect unknown-option 2 "unknown option '--colour' for 'render'" -- render --colour red --out x.png
expect missing-out 2 'render needs --out' -- render
expect bad-size 2 '--size must be WIDTHxHEIGHT' -- render --size 12xfoo --out x.png
expect bad-view 2 '--view must be back, left, right, top or oblique' -- render --view under --out x.png
expect bad-pressure 2 '--pressure must be gentle, moderate or firm' -- render --pressure hard --out x.png
expect option-without-value 2 '--time needs a value' -- render --out x.png --time
expect validate-nothing 2 'validate needs at least one FILE' -- validate
expect validate-missing 1 'nope\.glb: ' -- validate "$out/nope.glb"
expect validate-unknown-type 1 'unknown file type' -- validate "$data/../CMakeLists.txt"

printf 'glTF\002\000\000\000' >"$out/truncated.glb"
expect validate-truncated 1 'truncated\.glb: GLB header: ' -- validate "$out/truncated.glb"

expect model 0 'wrote .*body\.glb' -- model --out "$out/body.glb"
expect validate-model 0 'body\.glb: valid glTF, usable body model' -- validate "$out/body.glb"
# A valid glTF that is not a body: two verdicts, exit 1 (render would refuse it).
expect validate-cube 1 'cube\.gltf: valid glTF, not a body model: no node named "skin"' -- validate "$data/models/cube.gltf"
# Invalid glTF that the loader would still read: each problem at its JSON pointer.
expect validate-bad-max 1 'cube-bad-max\.gltf: /accessors/0/max/0: max\[0\] is 2 but the greatest value' -- validate "$data/models/cube-bad-max.gltf"
expect validate-bad-max-verdict 1 'cube-bad-max\.gltf: not valid glTF \(1 problem\), not a body model' -- validate "$data/models/cube-bad-max.gltf"
expect model-bad-folder 1 'cannot write the model' -- model --out "$out/no/such/folder/body.glb"
expect model-posed 0 'wrote .*knees\.glb \(male body, supine-knees-to-chest' -- model --body male --pose supine-knees-to-chest --out "$out/knees.glb"
expect validate-posed 0 'knees\.glb: valid glTF, usable body model' -- validate "$out/knees.glb"
expect model-bad-pose 2 '--pose must be prone, supine-knees-to-chest, side-lying or standing' -- model --pose supine --out "$out/never.glb"
expect render-model 0 'wrote' -- render --size 160x120 --model "$out/body.glb" --out "$out/render-model.png"
expect render-bad-model 1 'truncated\.glb: GLB header: ' -- render --model "$out/truncated.glb" --out "$out/never.png"
}

# render: pictures, frames and comparisons, each following its options.
part_renders() {
expect render 0 'wrote .*render\.png \(320x200' -- render --size 320x200 --view oblique --out "$out/render.png"
expect render-xray 0 'wrote' -- render --xray --layers skin,skeleton --view oblique --size 160x120 --out "$out/render-xray.png"
expect render-bad-layers 2 '--layers takes a comma-separated list' -- render --layers skin,bones --out "$out/never.png"
expect render-bad-folder 1 'cannot write PNG' -- render --size 64x64 --out "$out/no/such/folder/x.png"

expect render-technique 0 'wrote .*spine-line at firm pressure' -- render --technique spine-line --time 20 --pressure firm --size 320x200 --out "$out/render-technique.png"
expect render-frames 0 'wrote 3 frames' -- render --technique hand-placement --frames 0:2:1 --size 160x100 --out "$out/frames"
# --frames: a folder, at most 1000 frames, within the technique's length (hand-placement lasts 40 s).
expect render-frames-file-out 2 "--out '.*seq\.png' names an image file; give a folder, e.g. --out .*seq$" -- render --technique hand-placement --frames 0:2:1 --out "$out/seq.png"
check render-frames-file-out-made-nothing test ! -e "$out/seq.png"
expect render-frames-too-many 2 '--frames 0:1000:0\.5 gives 2001 frames, more than 1000; a STEP of 1\.1 or more fits' -- render --frames 0:1000:0.5 --size 64x64 --out "$out/many"
check render-frames-too-many-made-nothing test ! -e "$out/many"
expect render-frames-too-many-in-technique 2 'gives 4001 frames over 0-40 s \(hand-placement lasts 40 s\), more than 1000; a STEP of 0\.041 or more fits \(976 frames\): --frames 0:40:0\.041' -- render --technique hand-placement --frames 0:100:0.01 --size 64x64 --out "$out/many"
expect render-frames-late 2 '--frames starts at 50 s but hand-placement lasts 40 s' -- render --technique hand-placement --frames 50:60:1 --size 64x64 --out "$out/many"
rm -rf "$out/clamped"
expect render-frames-clamped 0 '^backrub: --frames ends at 1000 s but hand-placement lasts 40 s; writing 0-40 s$' -- render --technique hand-placement --frames 0:1000:10 --size 64x48 --out "$out/clamped"
check render-frames-clamped-wrote-5 test "$(ls "$out/clamped" | wc -l)" -eq 5
expect render-unknown-technique 1 "unknown technique 'tickle'" -- render --technique tickle --out "$out/never.png"

# What render writes follows its options: the same options give the same bytes, and each
# option that changes the picture changes them (an ignored --view, --heat, --time, --pressure
# or --layers would write the same file twice).
# rendered NAME ARGS...: renders a 160x100 picture of spine-line at 12 s with ARGS to $out/opt-NAME.png.
rendered() {
  local name=$1; shift
  "$backrub" render --technique spine-line --time 12 --size 160x100 "$@" --out "$out/opt-$name.png" >/dev/null 2>&1
}
same() { cmp -s "$out/opt-$1.png" "$out/opt-$2.png"; }
differ() { [ -s "$out/opt-$1.png" ] && [ -s "$out/opt-$2.png" ] && ! cmp -s "$out/opt-$1.png" "$out/opt-$2.png"; }
rendered base
rendered base-again
rendered view-oblique --view oblique
rendered heat-off --heat off
rendered heat-cumulative --heat cumulative
rendered time-30 --time 30
rendered pressure-firm --pressure firm
rendered layers-skeleton --layers skeleton
check render-deterministic same base base-again
check render-view-changes-picture differ base view-oblique
check render-heat-off-changes-picture differ base heat-off
check render-heat-cumulative-changes-picture differ base heat-cumulative
check render-time-changes-picture differ base time-30
check render-pressure-changes-picture differ base pressure-firm
check render-layers-change-picture differ base layers-skeleton
# --frames writes one picture per time, each of its own moment.
check render-frames-named test -s "$out/frames/frame_00000.png" -a -s "$out/frames/frame_00001.png" -a -s "$out/frames/frame_00002.png"
check render-frames-differ test -n "$(cmp "$out/frames/frame_00000.png" "$out/frames/frame_00002.png" 2>&1)"

# render --compare: two techniques in one picture, each half of --size wide.
# png_size PNG: "WIDTHxHEIGHT" from the PNG header (bytes 16-23, big-endian).
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", (($1 * 256 + $2) * 256 + $3) * 256 + $4, (($5 * 256 + $6) * 256 + $7) * 256 + $8 }'; }
expect render-compare 0 'wrote .*compare\.png \(320x100, back view, spine-line \(left\) and thumb-circles-lumbar \(right\)' -- render --technique spine-line --compare thumb-circles-lumbar --time 12 --size 320x100 --out "$out/compare.png"
check render-compare-size test "$(png_size "$out/compare.png")" = "320x100"
check render-plain-size test "$(png_size "$out/opt-base.png")" = "160x100"
"$backrub" render --technique spine-line --compare spine-line --time 12 --size 320x100 --out "$out/compare-same.png" >/dev/null 2>&1
check render-compare-differs-from-itself test -n "$(cmp "$out/compare.png" "$out/compare-same.png" 2>&1)"
expect render-compare-unknown 1 "unknown technique 'tickle'" -- render --technique spine-line --compare tickle --out "$out/never.png"
expect render-compare-needs-technique 2 '--compare needs --technique' -- render --compare spine-line --out "$out/never.png"
}

# list and report: text and JSON, one technique or two side by side.
part_reports() {
expect list 0 'ID +TITLE' -- list
expect list-has-spine-line 0 '^spine-line ' -- list
expect report-unknown 1 "unknown technique 'tickle'" -- report --technique tickle
expect report-text 0 'Spine line' -- report --technique spine-line --pressure firm
expect report-json 0 '"regions"' -- report --technique thumb-circles-lumbar --json
# report compares two techniques, or one technique at two pressure levels, side by side.
expect report-compare 0 '^B: thumb-circles-lumbar, moderate pressure' -- report --technique spine-line --technique thumb-circles-lumbar
expect report-compare-columns 0 '^Region +A +B +B-A +A +B +B-A' -- report --technique spine-line --technique thumb-circles-lumbar
expect report-compare-levels 0 '^B: spine-line, firm pressure' -- report --technique spine-line --pressure moderate --pressure firm
expect report-compare-json 0 '"format": "backrub-report-comparison"' -- report --technique spine-line --pressure gentle --pressure firm --json
expect report-compare-third 2 'report compares two techniques: --technique given a third time' -- report --technique spine-line --technique hand-placement --technique thumb-walk-down
expect report-compare-unknown 1 "unknown technique 'tickle'" -- report --technique spine-line --technique tickle
}

# Own techniques: a file given to --technique (render, report) ...
part_own() {
expect render-technique-file 0 'wrote .*render-file\.png .*my-lumbar-glide at moderate pressure' -- render --technique "$glide" --time 4 --size 160x100 --out "$out/render-file.png"
check render-technique-file-png test -s "$out/render-file.png"
expect report-technique-file 0 '^Technique my-lumbar-glide, moderate pressure' -- report --technique "$glide"
expect report-technique-file-table 0 '^Region +Peak kPa' -- report --technique "$glide"
expect render-broken-file 1 'duplicate-key\.json: /steps/0/actions/0/forceN/firm: ' -- render --technique "$broken" --out "$out/never.png"
check render-broken-file-made-nothing test ! -e "$out/never.png"
expect report-broken-file 1 'duplicate-key\.json: /steps/0/actions/0/forceN/firm: ' -- report --technique "$broken"
expect report-missing-file 1 'mine\.json: \(file\): no such file' -- report --technique "$out/mine.json"
expect report-folder-as-file 1 'techniques/: \(file\): is a folder, not a technique file' -- report --technique "$data/techniques/"
# ... and the user's folder: listed and marked, played by id; clashes and broken files named on stderr.
mkdir -p "$out/data/backrub/techniques"
cp "$glide" "$out/data/backrub/techniques/"
XDG_DATA_HOME="$out/data" expect list-yours 0 '^my-lumbar-glide +My lumbar glide .*\(yours: .*/backrub/techniques/my-lumbar-glide\.json\)$' -- list
XDG_DATA_HOME="$out/data" expect list-yours-shipped-unmarked 0 '^spine-line +Along the spine line +[0-9]+s  prone$' -- list
XDG_DATA_HOME="$out/data" expect report-yours-by-id 0 '^Technique my-lumbar-glide, firm pressure' -- report --technique my-lumbar-glide --pressure firm
cp "$data/../../assets/techniques/spine-line.json" "$out/data/backrub/techniques/spine-line-copy.json"
printf '{ "format": "backrub.technique/1", ' >"$out/data/backrub/techniques/unfinished.json"
XDG_DATA_HOME="$out/data" expect list-clash 1 'spine-line-copy\.json: /id: id "spine-line" is already taken by the shipped technique assets/techniques/spine-line\.json' -- list
XDG_DATA_HOME="$out/data" expect list-broken-in-folder 1 'unfinished\.json: ' -- list
XDG_DATA_HOME="$out/data" expect list-still-lists-yours 1 '^my-lumbar-glide .*\(yours' -- list
XDG_DATA_HOME="$out/data" expect report-shipped-keeps-id 0 '^Technique spine-line, moderate pressure' -- report --technique spine-line
}

# handout: a printable PDF, read back with poppler-utils (scripts/setup.sh installs them).
part_handouts() {
# count_pages PDF: the page count pdfinfo reads; page_size PDF: "W x H" in points.
count_pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }
page_size() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Page size: *\([0-9.]* x [0-9.]*\) pts.*/\1/p'; }
# in_range N LO HI
in_range() { [ -n "$1" ] && [ "$1" -ge "$2" ] && [ "$1" -le "$3" ]; }
# pdf_has TEXT_FILE WORDS: the words, wherever pdftotext broke the lines (whitespace runs count as one space).
pdf_has() { tr -s ' \n' '  ' <"$1" | grep -qF -- "$2"; }
if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
  failed=$((failed + 1))
  echo "FAIL handout: pdfinfo and pdftotext (Debian's poppler-utils, installed by scripts/setup.sh) are needed to read the handouts back"
else
  techniques="$data/../../assets/techniques"
  for id in spine-line hand-placement; do
    pdf="$out/handout-$id.pdf"
    expect "handout-$id" 0 "^wrote .*handout-$id\.pdf \([0-9]+ pages, A4, $id at moderate pressure" -- handout --technique "$id" --out "$pdf"
    steps=$(grep -c '"narration"' "$techniques/$id.json")
    # Steps at most three to a page, then the closing page; at most a page per step, the title and the closing page.
    check "handout-$id-pages" in_range "$(count_pages "$pdf")" $(((steps + 2) / 3 + 1)) $((steps + 2))
    check "handout-$id-a4" test "$(page_size "$pdf")" = "595 x 842"
    pdftotext "$pdf" "$out/handout-$id.txt"
    title=$(sed -n 's/^  "title": "\(.*\)",$/\1/p' "$techniques/$id.json")
    check "handout-$id-title" pdf_has "$out/handout-$id.txt" "$title"
    n=0
    while IFS= read -r words; do
      n=$((n + 1))
      check "handout-$id-step-$n-narration" pdf_has "$out/handout-$id.txt" "$words"
    done < <(sed -n 's/^ *"narration": "\([^ ]* [^ ]* [^ ]*\).*/\1/p' "$techniques/$id.json")
    check "handout-$id-all-steps-read" test "$n" -eq "$steps"
    check "handout-$id-region-table" pdf_has "$out/handout-$id.txt" "Peak kPa"
    check "handout-$id-step-heading" pdf_has "$out/handout-$id.txt" "Step $steps of $steps"
  done
  # The closing page says what `report` says: its warnings and its figures.
  expect handout-firm 0 'wrote .*thumb-circles-lumbar at firm pressure' -- handout --technique thumb-circles-lumbar --pressure firm --out "$out/handout-firm.pdf"
  pdftotext "$out/handout-firm.pdf" "$out/handout-firm.txt"
  "$backrub" report --technique thumb-circles-lumbar --pressure firm >"$out/handout-firm-report.txt"
  warnings=$(sed -n 's/^Warnings (\([0-9]*\)):$/\1/p' "$out/handout-firm-report.txt")
  check handout-firm-report-warns test -n "$warnings"
  check handout-firm-warnings pdf_has "$out/handout-firm.txt" "Warnings ($warnings)"
  lumbar_peak=$(awk '$1 == "Lumbar" { print $2 }' "$out/handout-firm-report.txt")
  check handout-firm-lumbar-peak pdf_has "$out/handout-firm.txt" "Lumbar $lumbar_peak"
  expect handout-letter 0 'wrote .*handout-letter\.pdf \([0-9]+ pages, US Letter' -- handout --technique hand-placement --paper letter --pressure gentle --out "$out/handout-letter.pdf"
  check handout-letter-size test "$(page_size "$out/handout-letter.pdf")" = "612 x 792"
  expect handout-technique-file 0 'wrote .*my-lumbar-glide at moderate pressure' -- handout --technique "$glide" --out "$out/handout-file.pdf"
  check handout-no-temporary-left test ! -e "$out/handout-file.pdf.tmp"
fi
expect handout-unknown 1 "unknown technique 'tickle'" -- handout --technique tickle --out "$out/never.pdf"
expect handout-broken-file 1 'duplicate-key\.json: /steps/0/actions/0/forceN/firm: ' -- handout --technique "$broken" --out "$out/never.pdf"
check handout-bad-made-nothing test ! -e "$out/never.pdf"
expect handout-missing-out 2 'handout needs --out F\.pdf' -- handout --technique spine-line
expect handout-missing-technique 2 'handout needs --technique' -- handout --out "$out/never.pdf"
expect handout-bad-paper 2 "--paper must be a4 or letter, not 'a5'" -- handout --technique spine-line --paper a5 --out "$out/never.pdf"
expect handout-bad-folder 1 'cannot write the handout: .*no/such/folder' -- handout --technique hand-placement --out "$out/no/such/folder/h.pdf"
}

for part in "${parts[@]}"; do
  if ! declare -F "part_$part" >/dev/null; then
    echo "cli_test.sh: unknown part '$part' (models, renders, reports, own or handouts)"
    exit 2
  fi
  out="$out_root/$part"
  rm -rf "$out"  # every run starts from an empty folder: checks that nothing was made must not see old runs
  mkdir -p "$out"
  # The user's own techniques folder is $XDG_DATA_HOME/backrub/techniques: an empty one unless a test says otherwise.
  export XDG_DATA_HOME="$out/no-data"
  "part_$part"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
