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
