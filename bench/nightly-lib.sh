# Shared by bench/nightly-bench.sh and bench/nightly-pairs.sh (sourced, not run): comparing a night's
# reports with a full scan's.

inputs_blanked() { # a report with its list of inputs blanked: run.csv's inputs row, index.html's ["inputs",...]
  sed -E -e 's/^inputs,.*/inputs,/' -e 's/\["inputs","([^"\\]|\\.)*"\]/["inputs",""]/g' "$1"
}

same_reports() { # two report folders: "identical" or the files that differ (inputs lists aside)
  local d=""
  for f in "$1"/*; do
    n=$(basename "$f")
    case $n in
      runtime.csv|changes.csv) continue ;;
      run.csv|index.html) cmp -s <(inputs_blanked "$f") <(inputs_blanked "$2/$n") || d="$d $n" ;;
      *) cmp -s "$f" "$2/$n" || d="$d $n" ;;
    esac
  done
  echo "${d:-identical}"
}
