#!/bin/bash
# Builds atelier-cli and the benchmarks, runs them on a 100 000-customer demo store and prints
# the results as markdown (paste into docs/benchmarks.md). Usage: tests/bench/run.sh
# BUILD_DIR (default build) and BENCH_DATA (default $BUILD_DIR/bench-data) move the folders.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build}
data=${BENCH_DATA:-$build/bench-data}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATELIER_BENCH=ON >/dev/null
ninja -C "$build" -j2 atelier-cli bench_audit bench_counter_search bench_duplicates bench_export bench_nightly bench_points_expiry bench_prediction bench_loyalty_report bench_campaign bench_coupons \
    bench_calendar bench_reports bench_import bench_archive_paging bench_history bench_referrals bench_lost_sales \
    bench_staff bench_card_lookup bench_survey_import >/dev/null
ninja -C "$build" -j2 bench_member_cards >/dev/null 2>&1 || true # needs the print library
ninja -C "$build" -j2 bench_archive_memory >/dev/null 2>&1 || true # only when the GUI library is configured
mkdir -p "$data"
export XDG_DATA_HOME="$data/xdg" # the runs' log files stay with the data
cli="$build/src/cli/atelier-cli"

echo "## Machine"
echo
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), nproc $(nproc)"
echo "- load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD)"
echo

echo "## Demo generation (\`atelier-cli demo --customers 100000 --seed 1 --until 2026-06-30\`, fresh file each run)"
echo
echo "| run | seconds | summary |"
echo "|---|---|---|"
seconds=()
for run in 1 2 3; do
    rm -f "$data/demo$run.sqlite" "$data/demo$run.sqlite-wal" "$data/demo$run.sqlite-shm"
    start=$(date +%s%N)
    summary=$("$cli" --db "$data/demo$run.sqlite" demo --customers 100000 --seed 1 --until 2026-06-30 2>/dev/null)
    end=$(date +%s%N)
    s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    seconds+=("$s")
    echo "| $run | $s | $summary |"
done
median=$(printf '%s\n' "${seconds[@]}" | sort -n | sed -n 2p)
echo
echo "Median: **$median s** (budget < 60 s)."
echo
rm -f "$data"/demo2.sqlite* "$data"/demo3.sqlite*

echo "## Counter search (\`CounterSearch::find(q, 20)\`, random real customers)"
echo
"$build/tests/bench/bench_counter_search" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: first 20 matches < 10 ms median, < 30 ms p99."
echo
echo "## Export (\`ArchiveService::exportCsv\` of every customer, as \`atelier-cli export customers\`; 5 runs)"
echo
echo "| what | size | median | min | max |"
echo "|---|---|---|---|---|"
"$build/tests/bench/bench_export" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: < 2 s."
echo
echo "## Archive paging (\`bench_archive_paging\`: \`ArchiveService::page\`, 200 rows, page 1 against page 450; 11 runs each)"
echo
"$build/tests/bench/bench_archive_paging" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: page 450 within 2× page 1 (name order, no filter)."
echo
echo "## Nightly run (\`bench_nightly\`: fresh copy per round, the bare aggregation in the \`sqlite3\` shell on the same file)"
echo
"$build/tests/bench/bench_nightly" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: the whole nightly run < 5 s and ≤ 3× the shell's bare aggregation; peak memory < 300 MB."
echo
echo "## Prediction (\`bench_prediction\`: both fits on CDNOW; the nightly run's prediction step on the demo store)"
echo
"$build/tests/bench/bench_prediction" "$data/demo1.sqlite" 2>/dev/null
echo
echo "## Points expiry (\`PointsRepository::expiryCandidates\`, the nightly run's pass over the ledger; 5 runs)"
echo
echo "| what | ledger | found | median | min | max |"
echo "|---|---|---|---|---|---|"
"$build/tests/bench/bench_points_expiry" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: < 0.3 s."
echo
echo "## Tiers page reads (\`LoyaltyReport\` after \`atelier-cli nightly --as-of 2026-06-30\`; 5 runs each)"
echo
echo "| what | rows | median | max |"
echo "|---|---|---|---|"
cp "$data/demo1.sqlite" "$data/loyalty.sqlite"
"$cli" --db "$data/loyalty.sqlite" nightly --as-of 2026-06-30 >/dev/null 2>&1
"$build/tests/bench/bench_loyalty_report" "$data/loyalty.sqlite" 2>/dev/null
echo
echo "Budget: each read < 300 ms; the export (on a worker thread) < 2 s."
echo
echo "## Manager reports (\`bench_reports\` on the same scored copy, 2026-06 against 2026-05; 5 runs each)"
echo
"$build/tests/bench/bench_reports" "$data/loyalty.sqlite" 2026-06 2>/dev/null
echo
echo "Budget: each report < 1 s; the page shows each as soon as it is ready, on a worker thread."
echo
echo "## Campaigns (\`bench_campaign\` on the same scored copy: an audience with three filters, creation, the report; 5 runs each)"
echo
"$build/tests/bench/bench_campaign" "$data/loyalty.sqlite" 2>/dev/null
echo
echo "Budget: an audience with three filters < 1 s; a campaign report < 1 s."
echo
echo "## Coupons (\`bench_coupons\` on the same copy: 50 000 coupons issued in a rolled-back transaction, 2 000 look-ups)"
echo
"$build/tests/bench/bench_coupons" "$data/loyalty.sqlite" 2>/dev/null
echo
echo "Budget: coupon look-up by code < 10 ms."
rm -f "$data"/loyalty.sqlite*
echo
echo "## Follow-up calendar (\`bench_calendar\`: reads with \"today\" 2026-07-01 on a copy scored as of 2026-06-29; one night's planning)"
echo
"$build/tests/bench/bench_calendar" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: month view and day list < 100 ms each; task generation for a night < 2 s."
echo
echo "## A customer's history (\`bench_history\`: the busiest customer's events, 11 runs each)"
echo
"$build/tests/bench/bench_history" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: the busiest customer's first page < 50 ms."
echo
echo "## Referrals (\`bench_referrals\`: every referrer, the top 10, the Reports tab's figures; 7 runs each)"
echo
"$build/tests/bench/bench_referrals" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: the referral report < 1 s."
echo
echo "## Lost sales (\`bench_lost_sales\`: a year's report, one reason, an arrival's preview; 11 runs each)"
echo
"$build/tests/bench/bench_lost_sales" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: the lost-sales report for a year < 1 s."
echo
echo "## Staff report and archive contest (\`bench_staff\`: a year, a month, the month's contest; 5 runs each)"
echo
"$build/tests/bench/bench_staff" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: the Staff report for a year < 1 s."
echo
echo "## Member cards (\`bench_card_lookup\`: a card number through the counter search; \`bench_member_cards\`: 100 cards to an A4 PDF)"
echo
"$build/tests/bench/bench_card_lookup" "$data/demo1.sqlite" 2>/dev/null
[ -x "$build/tests/bench/bench_member_cards" ] && QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_member_cards" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: a card-number lookup < 10 ms median; a sheet of 100 cards to PDF < 3 s."
echo
echo "## Survey import (\`bench_survey_import\`: 100 000 survey rows into a copy, then the same file again; 5 runs)"
echo
"$build/tests/bench/bench_survey_import" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: 100 000 rows < 10 s."
echo
echo "## Duplicate suggestions and a merge (\`bench_duplicates\`, on a copy; docs/benchmarks-merge.md)"
echo
"$build/tests/bench/bench_duplicates" "$data/demo1.sqlite" 2>/dev/null
echo
echo "Budget: suggestions < 2 s on a worker thread; a merge and its undo < 100 ms each."
echo
echo "## POS import (\`bench_import\`: the real 541 909-line file, ours against the \`sqlite3\` shell's \`.import\` in the same run)"
echo
"$build/tests/bench/bench_import" "$root/../shared/data/online-retail/online_retail_lines.csv.gz" 2>/dev/null
echo
echo "Budget: < 20 s and ≤ 3× the shell."
if [ -x "$build/tests/bench/bench_archive_memory" ]; then
    echo
    echo "## Archive page memory (\`bench_archive_memory\`, offscreen; budget: peak < 200 MB)"
    echo
    echo '```'
    cp "$data/demo1.sqlite" "$data/archive.sqlite"
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_archive_memory" "$data/archive.sqlite" 2>/dev/null
    rm -f "$data"/archive.sqlite*
    echo '```'
fi
