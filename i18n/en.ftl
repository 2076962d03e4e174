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

### kaohe explain

out-list-sep = {", "}
out-source-survey = survey
explain-title = Appraisal statement { $month } — { $id } { $name } ({ $team }, { $status })
explain-rules = Rules: { $name } ({ $source })
explain-roster-row = Roster row: { $row }
explain-work = Work score { $score } / { $full }
explain-item = { $number } { $name } ({ $points }): lost { $lost }
explain-leaf-clean = { $code } { $name } ({ $points }): { $lost }
explain-leaf = { $code } { $name } ({ $points }): { $misses ->
    [one] { $misses } miss
   *[other] { $misses } misses
} × { $per } per miss → lost { $lost }
explain-leaf-capped = { $code } { $name } ({ $points }): { $misses ->
    [one] { $misses } miss
   *[other] { $misses } misses
} × { $per } per miss → lost { $lost }, capped at the leaf's points
explain-uncovered = ({ $uncovered } of the { $full } points are covered by no leaf and cannot be lost)
explain-samples = Spot-check dates: { $count } ({ $days })
explain-satisfaction = Survey answers satisfied: { $satisfied } / { $answers } answers = { $rate }
explain-satisfaction-none = Survey answers: -
explain-survey-free = rating { $rating } ({ $topic }), no points
explain-survey-rating = rating { $rating } ({ $topic })
explain-inspector = inspector { $name }
explain-misses = misses { $count }
explain-not-counted = not counted (void: appeal upheld)
explain-attendance = Attendance { $max } − { $deducted } = { $score }
explain-hygiene = Hygiene { $max } − { $deducted } = { $score }
explain-floor = {" "}(never below 0)
explain-special = Special contribution { $score } / { $points }
explain-approved-by = approved by { $name }
explain-total = Total score { $work } + { $attendance } + { $hygiene } + { $special } = { $score } / { $full }
explain-pay = Pay ({ $status })
explain-not-paid = not paid in this status
explain-full-marks-reward = { $amount } full marks
explain-run-reward = { $amount } for a run of { $run } full-marks months
explain-adjustment-how = appraisal wage + attendance bonus + special bonus + rewards − fines
explain-gross-how = base salary + allowance + pay adjustment
explain-not-on-post = In training: not yet on the post — no actions, not a full-marks month.
explain-run = Full-marks run: { $run }
explain-run-months = Full-marks run: { $run } ({ $months })
explain-year-full = Full-marks months this year: { $count }
explain-previous = Previous month { $month }: work score { $score }
explain-actions-none = Actions: none
explain-actions = Actions:
explain-appeals = Appeals:
explain-decided-by = by { $name }
explain-decided-on = on { $date }
explain-appeal-note = : “{ $note }”
explain-special-none = no awards this month
explain-special-earned = earned: { $kind } × { $count } ({ $needed } needed); work score { $work } ≥ { $min }
explain-special-count = { $kind } × { $count } ({ $needed } needed)
explain-special-not-enough = not earned: { $list }
explain-special-work-below = not earned: an award for “{ $kind }” needs the month's work done (work score { $work } is below { $min })

### The summary of run and close

out-summary-head = kaohe { $month }: { $agents ->
    [one] { $agents } agent
   *[other] { $agents } agents
}, average work score { $average }, { $full } at full marks
out-summary-none = none
out-summary-action = { $action } ({ $count })
out-summary-actions = actions: { $list }
out-summary-warnings = warnings: { $count }
out-summary-wrote = wrote: { $files }

### report.xlsx

out-sheet-results = results
out-sheet-deductions = deductions
out-sheet-teams = teams
out-sheet-charts = charts
out-sheet-inspectors = inspectors
out-sheet-warnings = warnings
out-sheet-adjustments = adjustments
out-col-month = month
out-col-agent_id = agent_id
out-col-name = name
out-col-team = team
out-col-status = status
out-col-work_score = work_score
out-col-attendance_score = attendance_score
out-col-hygiene_score = hygiene_score
out-col-special_score = special_score
out-col-total_score = total_score
out-col-base_salary = base_salary
out-col-allowance = allowance
out-col-appraisal_wage = appraisal_wage
out-col-attendance_bonus = attendance_bonus
out-col-special_bonus = special_bonus
out-col-rewards = rewards
out-col-fines = fines
out-col-pay_adjustment = pay_adjustment
out-col-gross_pay = gross_pay
out-col-full_marks_run = full_marks_run
out-col-samples = samples
out-col-satisfaction_rate = satisfaction_rate
out-col-actions = actions
out-col-category = category
out-col-leaf = leaf
out-col-leaf_name = leaf_name
out-col-misses = misses
out-col-points_lost = points_lost
out-col-counted = counted
out-col-appeal = appeal
out-col-source = source
out-col-table = table
out-col-row = row
out-col-date = date
out-col-inspector = inspector
out-col-note = note
out-col-agents = agents
out-col-average_work_score = average_work_score
out-col-full_marks = full_marks
out-col-pay_adjustment_total = pay_adjustment_total
out-col-fines_total = fines_total
out-col-gross_pay_total = gross_pay_total
out-col-action-dept_praise = dept_praise
out-col-action-company_praise = company_praise
out-col-action-raise_review = raise_review
out-col-action-retrain = retrain
out-col-action-reassign_review = reassign_review
out-col-adjustment-month = month
out-col-adjustment-agent_id = agent_id
out-col-adjustment-name = name
out-col-adjustment-team = team
out-col-adjustment-corrected_month = corrected_month
out-col-adjustment-version = version
out-col-adjustment-paid_gross = paid_gross
out-col-adjustment-new_gross = new_gross
out-col-adjustment-delta = delta
out-col-adjustment-kind = kind
out-col-adjustment-reason = reason
out-col-adjustment-recorded_at = recorded_at
out-col-adjustment-recorded_by = recorded_by
out-col-adjustment-state = state
out-col-adjustment-settled_in = settled_in
out-col-warning-kind = kind
out-col-warning-where = where
out-col-warning-message = message
out-yes = yes
out-no = no
out-category-work = work
out-table-agents = agents
out-table-qa = qa
out-table-surveys = surveys
out-table-attendance = attendance
out-table-awards = awards
out-table-penalties = penalties
out-action-sep = {"; "}
out-total = total
out-net = net
out-no-team = (no team)
out-correction-back_pay = back pay
out-correction-claw_back = claw back
out-correction-state-due = due
out-correction-state-settled = settled
out-correction-state-superseded = superseded
out-chart-work-score = work score
out-chart-agents = agents
out-chart-average = average work score
out-chart-distribution = Work-score distribution (full marks { $full })
out-chart-by-team = Average work score per team
out-overflow = … { $total } rows in all: the { $hidden } not shown here (Excel holds { $shown }) are in { $file }
out-col-inspector-0 = inspector
out-col-inspector-1 = samples
out-col-inspector-2 = agents
out-col-inspector-3 = days
out-col-inspector-4 = findings
out-col-inspector-5 = findings/sample
out-col-inspector-6 = points lost
out-col-inspector-7 = points/sample
out-col-inspector-8 = most cited
out-col-inspector-9 = appealed
out-col-inspector-10 = overturned
out-col-inspector-11 = overturned share
out-col-inspector-12 = others' findings/sample
out-col-inspector-13 = rate ratio
out-col-inspector-14 = p-value
out-col-inspector-15 = adjusted p
out-col-inspector-16 = flag
out-survey-note = { $topic } rating { $rating }

### statements.xlsx

out-st-index = index
out-st-index-title = Appraisal statements { $month }
out-st-col-agent = agent
out-st-col-name = name
out-st-col-team = team
out-st-col-total = total score
out-st-col-sheet = sheet
out-st-void = void
out-st-times = ×{ $count }
out-st-title = Appraisal statement — { $month }
out-st-who = Agent { $id }   Name { $name }   Team { $team }   Status { $status }
out-st-rules = Rules: { $name }
out-st-col-item = item
out-st-col-norm = norm
out-st-col-points = points
out-st-col-misses = misses
out-st-col-lost = lost
out-st-col-detail = rows behind the points: cost, date, row, source, inspector, note
out-st-capped = (capped at the norm's points)
out-st-untouched = The other { $count } norms had no finding this month.
out-st-uncovered = {" "}{ $points } points are covered by no norm and cannot be lost.
out-st-samples = Spot checks: { $count } (days { $days })
out-st-surveys = Customer surveys: { $satisfied } of { $answers } satisfied ({ $rate })
out-st-surveys-none = Customer surveys: none
out-st-section-other = Attendance, hygiene and special contribution { $score } / { $full }
out-st-attendance = Attendance
out-st-hygiene = Hygiene
out-st-special = Special contribution
out-st-total = Total score
out-st-base-salary = Base salary
out-st-allowance = Allowance
out-st-appraisal-wage = Appraisal wage
out-st-attendance-bonus = Attendance bonus
out-st-special-bonus = Special bonus
out-st-rewards = Rewards
out-st-fines = Fines
out-st-pay-adjustment = Pay adjustment
out-st-gross-pay = Gross pay
out-st-section-run = Runs and actions
out-st-actions = Actions: { $list }
out-st-sign-agent = Agent:
out-st-sign-supervisor = Supervisor:
out-st-sign-hr = HR manager:
out-st-sign-date = Date:

### kaohe history --quarter/--year

out-period-year-title = Yearly appraisal { $period } ({ $first } – { $last })
out-period-quarter-title = Quarterly appraisal { $period } ({ $first } – { $last })
out-period-action-count = { $action } ×{ $count }
out-period-no-months = (no months recorded in this period)
out-period-col-team = team
out-period-col-rank = rank
out-period-col-agent = agent
out-period-col-name = name
out-period-col-avg-work = avg work
out-period-col-avg-total = avg total
out-period-col-lowest = lowest
out-period-col-below = below
out-period-col-full = full
out-period-col-awards = awards
out-period-col-fines = fines
out-period-col-pay-adj = pay adj.
out-period-col-actions = actions
out-period-subtotal = subtotal
out-period-agents = { $count ->
    [one] { $count } agent
   *[other] { $count } agents
}
out-period-legend = months: work score (team rows: the team's average); below = months under the retrain threshold; empty = not known (imported months hold only the work score); --out FILE.xlsx|FILE.csv adds each month's total and pay adjustment
out-period-team-subtotal = subtotal { $team } ({ $count ->
    [one] { $count } agent
   *[other] { $count } agents
})
out-period-sheet-year = year { $period }
out-period-sheet-quarter = quarter { $period }
out-period-sheet-teams = teams by month
out-period-period = period
out-period-chart-title = Average work score by team and month
out-col-rank_in_team = rank_in_team
out-col-period-months = months
out-col-period-average_work_score = average_work_score
out-col-period-average_total_score = average_total_score
out-col-period-lowest_work_score = lowest_work_score
out-col-period-lowest_month = lowest_month
out-col-period-months_below_threshold = months_below_threshold
out-col-period-full_marks_months = full_marks_months
out-col-period-special_awards = special_awards
out-col-period-fines = fines
out-col-period-pay_adjustment = pay_adjustment
out-col-period-actions = actions

### kaohe compare

out-compare-head = What-if { $month }: { $base } (in force) → { $tried } (tried)
out-compare-changed = { $changed } of { $agents ->
    [one] { $agents } agent changes
   *[other] { $agents } agents change
}
out-compare-col-agent = agent
out-compare-col-name = name
out-compare-col-work = work
out-compare-col-total = total
out-compare-col-rewards = rewards
out-compare-col-pay-adj = pay adj.
out-compare-col-gross = gross
out-compare-col-actions = actions
out-compare-in-force = in force
out-compare-tried = tried
out-compare-difference = difference
out-compare-cost = total cost difference: { $amount } a month
out-compare-title = What-if { $month }: { $base } → { $tried }
out-compare-sheet = compare
out-compare-totals-sheet = totals
out-compare-cost-label = total cost difference

### kaohe inspectors (and its sheet)

out-inspector-none = (no inspector given)
out-inspector-flag-stricter = STRICTER
out-inspector-flag-lenient = MORE LENIENT
out-inspectors-title = Inspectors { $month }: spot checks and findings by who checked
out-inspectors-none = No spot checks this month.
out-inspectors-stricter = { $name } cites { $rate } findings per sample, the others { $others }: stricter than chance explains (adjusted p = { $p }).
out-inspectors-lenient = { $name } cites { $rate } findings per sample, the others { $others }: more lenient than chance explains (adjusted p = { $p }).
out-inspectors-none-flagged = No inspector's finding rate differs from the others' beyond chance.
out-inspectors-no-comparison = Only one inspector (or pair) took samples with findings this month: there is no one to compare with.
out-inspectors-test = Test: exact conditional test of two Poisson rates (binomial), two-sided, Bonferroni-adjusted; each inspector against all the others, flagged when the adjusted p < { $alpha }.
out-inspectors-sample = A sample is one agent spot-checked on one day.
out-inspectors-pairs = A row naming two people (主管+人事) is their joint judgment and counts for the pair, not for each.
out-inspectors-others = Findings from feedback and reviews ({ $count }) are not spot checks and are left out.

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
