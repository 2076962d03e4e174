# kaohe's messages in English. One message per id; `{ $name }` is an argument filled in by the
# program. The ids and arguments are the same in every language (tests check it). Sections follow
# the program's parts.

## Shared words

test-misses = { $count ->
    [one] { $count } miss
   *[other] { $count } misses
}

pay-base-salary = base salary
pay-allowance = allowance
pay-appraisal-wage = appraisal wage
pay-attendance-bonus = attendance bonus
pay-special-bonus = special bonus
pay-rewards = rewards
pay-fines = fines
pay-adjustment = pay adjustment
pay-gross = gross pay

## Codes: statuses, sources, appeals, categories, actions, warning kinds

status-regular = regular
status-probation = probation
status-training = training
source-spot_check = spot check
source-dept_feedback = department feedback
source-manager_review = manager review
appeal-pending = appeal pending
appeal-upheld = appeal upheld
appeal-rejected = appeal rejected
category-attendance = attendance
category-hygiene = hygiene
action-dept_praise = praise within the department
action-company_praise = company-wide praise
action-raise_review = consider raising the base salary
action-retrain = one week off the post for intensive training
action-reassign_review = review for transfer or dismissal
warning-sampling_gap = sampling gap
warning-survey_count = survey count
warning-repeated_row = repeated row
warning-unknown_column = unknown column
warning-negative_gross = negative gross pay
warning-missing_table = missing table
warning-no_ledger = no ledger
warning-unknown_file = unknown file
warning-title_rows = title rows
warning-totals_row = totals row
warning-pending_appeal = pending appeal

## Input and checks (src/input, src/check, src/problem.rs)

# (end of input and checks)

## Outputs (src/output, src/statement.rs)

# (end of outputs)

## Commands (src/cmd, src/main.rs, src/ledger)

### kaohe (the command line, src/main.rs, src/cmd/mod.rs, src/cmd/config.rs)

cmd-problems-found = kaohe: { $count } problem(s) found; nothing was written
cmd-error-io = { $path }: { $error }
cmd-error-ledger = ledger { $path }: { $message }
cmd-error-prefix = kaohe: { $message }
cmd-warning = warning: { $text }
cmd-warnings-more = warning: … and { $count } more { $kind } { $count ->
    [one] warning
   *[other] warnings
} — see warnings.csv
cmd-negative-gross = agent { $id } { $name } has a negative gross pay of { $gross }: the fines exceed the pay
cmd-no-ledger = no ledger at { $place }: the month is treated as the first (no earlier months, so no runs across months); `kaohe close` creates it
cmd-config-not-utf8 = { $file }: not UTF-8 text — save it as UTF-8
cmd-config-unreadable = { $file }: cannot be read: { $error }
cmd-config-unknown-key = { $file }:{ $line }: unknown key `{ $key }` — kaohe.toml may set ledger, rules, out and lang
cmd-config-bad-value = { $file }:{ $line }: `{ $key }` has a bad value ({ $detail }) — write text in quotes, e.g. ledger = "kaohe.db"
cmd-config-bad-path = { $file }:{ $line }: `{ $key }` is `{ $value }` — give a file or folder name
cmd-config-bad-lang = { $file }:{ $line }: `lang` is `{ $value }`, a language kaohe does not speak — use zh (= zh-CN), zh-TW or en
cmd-bad-lang = `{ $value }` is not a language kaohe speaks: use zh (= zh-CN), zh-TW or en
cmd-not-blank = must not be empty: say why (for --reason) or who (for --by)
cmd-no-stdout = `-` (standard output) is not supported here: give a folder or file name, e.g. --out out/2026-10
cmd-no-stdin = `-` (standard input) is not supported: give a folder or a workbook, e.g. --input examples/2026-10
cmd-not-a-year = `{ $year }` is not a year

### kaohe check

check-ok = { $month }: no problems — { $agents ->
    [one] 1 agent
   *[other] { $agents } agents
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}; rows read per table:
check-col-file = table
check-col-rows = data rows

### kaohe explain, kaohe statements

cmd-agent-not-on-roster = agent { $id } is not on the roster
cmd-agent-not-on-roster-fix = give --agent an id from the agents table
statements-no-team = no agent of the roster is in team { $team }
statements-empty-roster = the roster has no agents
statements-choose-fix = give --team or --agent as the roster writes it
statements-too-many = { $count } statements in one workbook is more than anyone prints at once (at most { $max }): choose a team with --team
statements-wrote = wrote { $files }: { $count ->
    [one] 1 statement
   *[other] { $count } statements
} for { $month }

### kaohe compare

compare-needs-rules = compare needs --rules FILE: the rules to try
compare-out-xlsx = --out { $out }: compare writes a workbook; give a file ending in .xlsx
cmd-wrote = wrote { $file }

### kaohe run, kaohe close: corrections (补发/扣回)

cmd-correction-back_pay = back pay
cmd-correction-claw_back = claw back
cmd-correction-state-due = due
cmd-correction-state-settled = settled
cmd-correction-state-superseded = superseded
cmd-adjustments-paid = corrections of earlier months (adjustments.csv): { $count }, back pay { $back }, claw back { $claw }, net { $net }
cmd-adjustment-line = { $id } { $name } { $month }: { $paid } → { $new } ({ $delta } { $kind }, { $state })

### kaohe close

cmd-list-separator = ;
cmd-action-dept_praise = dept_praise
cmd-action-company_praise = company_praise
cmd-action-raise_review = raise_review
cmd-action-retrain = retrain
cmd-action-reassign_review = reassign_review
close-fields-separator = {", "}
close-pending-appeal = the appeal of agent { $id }'s { $leaf } finding of { $date } is pending
close-pending-appeal-fix = decide it (upheld or rejected) before closing the month, or close with --allow-pending
close-change = { $who }:{ $notes } { $fields }
close-change-new-agent = {" "}(not in the earlier version)
close-change-gone-agent = {" "}(no longer on the roster)
close-change-field = { $field } { $old } → { $new }
close-change-delta = {" "}({ $delta })
close-closed = { $month } closed in { $place }
close-settled = { $count ->
    [one] 1 correction of earlier months settled with { $month }
   *[other] { $count } corrections of earlier months settled with { $month }
}
close-reopened = { $month } reopened in { $place }: version { $version } replaces version { $old } (kept: `kaohe history --month { $month }` shows both)
close-totals = totals
close-totals-agents = agents
close-totals-work = work score total
close-totals-pay-adjustment = pay adjustment total
close-totals-gross = gross pay total
close-no-changes = no agent's scores, actions or pay changed
close-changes-heading = changes by agent (old → new):
close-corrections-due = corrections due (paid with the next month's close, listed in its adjustments.csv): { $count }, net { $net }
close-correction = { $id } { $name }: paid { $paid } → { $new } = { $delta } { $kind }
close-correction-replaced = (replaces the correction of { $delta } still due for { $id })
close-correction-cancelled = the correction of { $delta } still due for { $id } is cancelled: { $month } is back to what was paid
close-later-months = later closed months this change would alter (not rewritten; reopen them to apply):
close-no-later-changes = no later closed month changes
cmd-field-name = name
cmd-field-team = team
cmd-field-status = status
cmd-field-work_score = work_score
cmd-field-attendance_score = attendance_score
cmd-field-hygiene_score = hygiene_score
cmd-field-special_score = special_score
cmd-field-total_score = total_score
cmd-field-base_salary = base_salary
cmd-field-allowance = allowance
cmd-field-appraisal_wage = appraisal_wage
cmd-field-attendance_bonus = attendance_bonus
cmd-field-special_bonus = special_bonus
cmd-field-rewards = rewards
cmd-field-fines = fines
cmd-field-pay_adjustment = pay_adjustment
cmd-field-gross_pay = gross_pay
cmd-field-full_marks_run = full_marks_run
cmd-field-actions = actions

### kaohe history

history-out-needs-period = --out writes a quarter or a year: add --quarter YYYYQn or --year YYYY
history-month-and-period = --month cannot be combined with --quarter or --year
history-no-ledger = no ledger here: `kaohe close` or `kaohe history import` creates it
history-closed-months = Closed months
history-none = (none)
history-imported-months = Imported months (work scores only)
history-corrections-due = Corrections due (paid with the next month's close): { $count }, net { $net }
history-agent-unknown = agent { $agent } has no months in { $ledger }: check the id (`kaohe history` lists the closed and imported months)
history-imported = (imported)
history-corrections = Corrections (back pay / claw back)
history-reopened-note = a month at version 2 or later was reopened: `kaohe history --agent ID --month M` shows its versions side by side
history-appeals = Appeals recorded at the close: { $count } ({ $pending } still pending then)
history-settled-with = settled with { $month }
history-correction = { $month } { $id } v{ $version }: { $paid } → { $new } = { $delta } { $kind } ({ $state }; reason: { $reason })
history-not-closed = { $month } is not closed in { $ledger }
history-lost-versions = (version { $range } was replaced before this ledger kept versions; the audit table keeps its totals)
history-versions-kept = { $month }: { $count ->
    [one] 1 version kept
   *[other] { $count } versions kept
}
history-in-force = v{ $version } (in force)
history-agent-not-in-month = agent { $agent } is in no version of { $month }
history-agent-versions = { $agent } { $month }: { $count ->
    [one] 1 version
   *[other] { $count } versions
}
history-version-reason = v{ $version } reason: { $reason }
history-out-extension = --out { $out }: give a file ending in .xlsx or .csv
history-imported-count = imported { $count ->
    [one] 1 work score
   *[other] { $count } work scores
} from { $file } into { $ledger }
history-import-later-months = later closed months these months would alter (not rewritten; reopen them to apply):
history-import-not-a-month = `{ $value }` is not a month
history-import-not-a-month-fix = write it as YYYY-MM, e.g. 2026-03
history-import-no-agent = the agent id is empty
history-import-no-agent-fix = fill in the agent's id
history-import-not-a-score = `{ $value }` is not a work score
history-import-not-a-score-fix = write a number from 0 to { $full }
history-import-past-full-fix = write a number from 0 to { $full } (full marks of { $rules }); months appraised under another scheme take --rules with its file
history-import-second-row = agent { $agent } has a second row for { $month }
history-import-second-row-fix = keep one row per agent and month
history-col-month = month
history-col-version = version
history-col-name = name
history-col-agent = agent
history-col-agents = agents
history-col-work = work
history-col-total = total
history-col-rewards = rewards
history-col-pay-adjustment = pay adj.
history-col-gross = gross
history-col-gross-total = gross total
history-col-run = run
history-col-actions = actions
history-col-leaf = leaf
history-col-date = date
history-col-row = row
history-col-inspector = inspector
history-col-appeal = appeal
history-col-decided-by = decided by
history-col-note = note
history-col-closed-at = closed at
history-col-by = by
history-col-rules = rules
history-col-reason = reason
history-col-replaced = replaced
history-col-version-gross = v{ $version } gross
history-col-change = change

### The ledger (src/ledger)

ledger-newer-schema = schema version { $version }, this kaohe reads versions up to { $known }: the file was written by a newer kaohe — use that one
ledger-rules-unreadable = the rules text stored as { $name } no longer reads: { $problem }
ledger-already-closed = { $month } is already closed in { $ledger }; to replace it use --reopen --reason TEXT
ledger-not-closed = { $month } is not closed in { $ledger }; close it without --reopen
ledger-import-closed = { $file }: { $months } already closed in { $ledger }; imports never overwrite a closed month — remove those rows

ledger-not-a-date = `{ $value }` is not a date: the file was edited by hand?
ledger-correction-not-due = the correction of { $id } for { $month } is no longer due in { $ledger } (the ledger changed while this close ran); close the month again

# (end of commands)

### kaohe rules

rules-total = Total: { $total } = { $work } work + { $attendance } attendance + { $hygiene } hygiene + { $special } special
rules-work-heading = Work score: items and their leaves (lost = min(points, per miss × misses))
rules-col-code = code
rules-col-points = points
rules-col-per-miss = per miss
rules-col-leaf = item / leaf
rules-col-name = name
rules-col-effect = effect
rules-col-category = category
rules-col-note = note
rules-col-needed = needed
rules-col-action = action
rules-col-when = when
rules-col-amount = amount (yuan)
rules-col-status = status
rules-col-paid = paid
rules-uncovered = note: the leaves cover { $covered } of { $full } points; the other { $uncovered } cannot be lost
rules-surveys-heading = Customer surveys
rules-surveys = satisfied at rating ≥ { $satisfied }, dissatisfied at ≤ { $dissatisfied }; { $min }–{ $max } answers a month
rules-topic-adds-miss = a dissatisfied answer adds a miss to { $leaf }
rules-topic-rate-only = counts toward the satisfaction rate only
rules-attendance-heading = Attendance { $attendance } and hygiene { $hygiene } (never below 0)
rules-company-policy = company policy
rules-special-heading = Special contribution: { $points } points, when the work score is at least { $min }
rules-yuan-per-point = Yuan per point: work { $work }, attendance { $attendance }, hygiene { $hygiene }, special { $special }
rules-rewards = Rewards: { $full } for full marks; { $reward } for every run of { $run } full-marks months
rules-actions-heading = Actions
rules-when-full = a full-marks month
rules-when-run = every run of { $run } full-marks months
rules-when-raise = every run of { $run } full-marks months, or the { $count }th full-marks month of a year
rules-when-below = work score below { $score }
rules-when-below-twice = work score below { $score } two months running
rules-fines-heading = Fines (in every status)
rules-fine-fixed = { $amount } (fixed; default { $default })
rules-fine-range-default = { $min }–{ $max } (default { $default })
rules-fine-range = { $min }–{ $max }
rules-fine-at-least = at least { $min } (amount required)
rules-status-heading = What each status is paid
rules-not-on-post =   (not on the post: no actions, no runs)
rules-windows = Spot-check windows (days of the month): { $windows }
rules-rounding = Rounding: { $strategy }, { $places } decimal places
