#!/bin/sh
# Registers Budgetflow's namespace once the Temporal server answers (the server makes none by
# itself). Closed workflows are kept for a year (RETENTION), so a finished round's histories can
# still be read and replayed.
set -eu
: "${TEMPORAL_ADDRESS:?}" "${NAMESPACE:?}"
RETENTION=${RETENTION:-365d}
attempt=1
until temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do
  if [ "$attempt" -ge 60 ]; then
    echo "Temporal at $TEMPORAL_ADDRESS is not healthy after $attempt attempts" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 2
done
if temporal operator namespace describe -n "$NAMESPACE" --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; then
  echo "Namespace $NAMESPACE exists"
else
  temporal operator namespace create -n "$NAMESPACE" --retention "$RETENTION" \
    --address "$TEMPORAL_ADDRESS"
  echo "Namespace $NAMESPACE created (retention $RETENTION)"
fi
