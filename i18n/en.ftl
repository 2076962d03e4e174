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

# Places and problems: `qa.csv:7:date: … — …`.
input-place-row = row { $row }
input-place-column = column { $column }
input-place-column-named = { $column }
input-problem = { $place }: { $what } — { $fix }
input-problem-no-fix = { $place }: { $what }
input-list-separator = {", "}
check-table-separator = {"; "}
check-or-separator = {" or "}

# Which file or sheet holds which table.
input-not-read-format = { $file } is not read: kaohe reads tables from .csv, .xlsx, .xls and .ods files — save it as one of them
input-unknown-file = this holds no table kaohe knows and is not read
input-maybe-table = this may be the { $table } table but is not read under this name — rename it { $names } to use it
input-several-sheets = several sheets hold the { $table } table: { $list }
input-several-sheets-fix = keep one sheet per table and rename or delete the others
input-several-files = several files hold the { $table } table: { $list }
input-several-files-fix = keep one file per table and move the others out of the folder
input-ambiguous = { $list } all look like the { $table } table, and kaohe will not guess which is meant
input-ambiguous-fix = keep the right one, named { $names }, and move the others (copies, old versions) out of the folder

# A table's layout.
check-title-rows = the header is on row { $header }; { $count ->
    [one] row { $rows } above it is not data and is skipped
   *[other] rows { $rows } above it are not data and are skipped
}: { $skipped }
check-merged-header = the header cells { $span } are merged, so some columns have no name of their own
check-merged-header-fix = unmerge them and give every column its own name in the header row
check-merged = the cells { $span } are merged; only the first of them holds a value
check-merged-fix = unmerge them and type the value in every cell
check-row-width = the row has { $cells ->
    [one] { $cells } cell
   *[other] { $cells } cells
} but the header has { $header }
check-row-width-fix = a separator is missing or extra in this row (a value with a comma, such as "¥3,000", must be in quotes); fix it so every value sits under its column
check-unnamed-column = this value sits in a column that has no name in the header row
check-unnamed-column-fix = give the column a name in the header row, or delete the value
check-totals-row = a totals row ({ $word }) is skipped; kaohe adds up the rows itself
check-header-error = the column name is the Excel error { $value }
check-header-error-fix = type the column name as text
check-column-twice = columns { $first } and { $second } both hold { $column }
check-column-twice-fix = keep one of them and rename or delete the other
check-unknown-column = unknown column `{ $column }` is ignored
check-missing-column = the required column { $column } is missing
check-missing-column-fix = add a column headed { $names } to the header row

# The month's tables.
check-missing-table = the required table { $table } is missing
check-missing-table-fix = add a file or sheet named { $names } (.csv, .xlsx, .xls or .ods)
check-missing-table-hint = { $fix }; { $file } may be it: rename it
check-absent-table = no { $table } table ({ $names }): treated as empty this month
check-not-on-roster = agent { $id } is not on the roster
check-not-on-roster-zeros-fix = the roster has { $roster_id }: Excel drops the leading zeros of ids typed as numbers — format the id column as text and type { $roster_id }
check-not-on-roster-fix = correct the id, or add the agent to the agents table
check-duplicate-agent = agent id { $id } is already on row { $first } of the roster
check-duplicate-agent-fix = list each agent once; give this one its own id or delete the row
check-sum-too-large = the agent's total here is too large to add up exactly
check-sum-too-large-fix = check the amounts and points of this agent's rows
check-repeated-row = row { $row } repeats row { $first } exactly; both are counted
check-outside-table = { $file } { $count } of { $dated }, most in { $month }
check-mostly-outside = most dated rows fall outside the month { $month } ({ $tables }): is --month right?
check-mostly-outside-fix = run with --month { $top } if these files are that month's, or correct the dates
check-pending-appeal = the appeal of agent { $id }'s { $leaf } finding of { $date } is pending: it counts until it is decided
check-sampling-window = { $from }–{ $to }
check-sampling-gap = agent { $id } { $name } has no spot check on days { $from }–{ $to } of month { $month } (the rules ask for one in each window of days { $windows })
check-survey-count = the month has { $count ->
    [one] { $count } survey answer
   *[other] { $count } survey answers
}; the scheme surveys { $min }–{ $max } customers a month

# One row's cells.
check-excel-error = the cell holds the Excel error { $value }
check-excel-error-fix = fix the formula or type the value
check-empty = { $column } is empty
check-empty-fix = fill in the value; it is required
check-agent-id-number = { $value } is not an agent id (ids are whole numbers or text)
check-agent-id-number-fix = type the agent's id
check-not-date = `{ $value }` is not a date
check-not-date-fix = write dates as 2026-10-03, 2026/10/03 or 2026年10月3日
check-outside-month = { $date } is outside the month { $month }
check-outside-month-fix = correct the date, or move the row to its own month's input
check-not-number = { $column } `{ $value }` is not a number
check-not-number-fix = write a plain number such as 2, 0.5 or 3200.00
check-negative = { $column } { $value } is negative
check-negative-fix = write the amount or points as a positive number
check-over-limit = { $column } { $value } is past the limit of { $limit }
check-over-limit-money-fix = check the value: kaohe takes amounts of at most { $limit } yuan a cell
check-over-limit-count-fix = check the value: a row may count at most { $limit }
check-decimals = { $column } { $value } has more than two decimals
check-decimals-fix = amounts are in yuan with at most 2 decimals (fen)
check-unknown-value = `{ $value }` is not a known { $what }
check-unknown-value-fix = use one of: { $choices }
check-what-status = status
check-what-leaf = leaf code
check-what-source = source
check-what-appeal = appeal state
check-what-topic = survey topic
check-what-category = category
check-what-attendance-kind = attendance kind
check-what-award-kind = award kind
check-what-penalty-kind = penalty kind
check-misses-without-item = misses { $misses } given without an item
check-misses-without-item-fix = name the leaf code the misses belong to, or clear the misses for a clean sample
check-void-contradicts = void says the appeal was upheld, but appeal says { $appeal }
check-void-contradicts-fix = keep one of them: clear void, or correct appeal
check-appeal-without-finding = an appeal on a row with no finding (no item)
check-appeal-without-finding-fix = name the leaf code the appeal is about, or clear the appeal columns
check-decision-without-appeal = a decision on a finding with no appeal
check-decision-without-appeal-fix = write the appeal's state (pending, upheld, rejected), or clear the decision
check-pending-decided = a pending appeal has a decision date
check-pending-decided-fix = write the decision (upheld or rejected), or clear the date
check-not-whole = { $column } { $value } is not a whole number
check-not-whole-fix = count misses in whole numbers: 1, 2, 3
check-not-yes-no = `{ $value }` is neither yes nor no
check-not-yes-no-fix = write yes/是 when the appeal was upheld (or use the appeal column), else leave it empty
check-rating = rating `{ $value }` is not 1–5
check-rating-fix = write 1–5, or 非常滿意/滿意/一般/不滿意/非常不滿意
check-kind-category = kind { $kind } belongs to { $kind_category }, but the row's category is { $category }
check-kind-category-fix = correct the category or the kind
check-kind-points = { $kind } ({ $points })
check-no-points-no-kind = the row gives neither points nor a kind
check-no-points-no-kind-fix = give the points deducted, or a kind with a default: { $kinds }
check-fine-needs-amount = a { $kind } fine needs its amount
check-fine-needs-amount-fix = write the amount the company decided, in yuan
check-fine-range = a { $kind } fine of { $amount } is outside its range { $range }
check-fine-range-fix = use an amount within { $range } yuan


# Reading files and workbooks.
input-not-folder-or-workbook = this is neither a folder nor a workbook (.xlsx, .xls, .ods)
input-not-folder-or-workbook-fix = give --input a folder holding agents.csv, qa.csv … or one workbook whose sheets are the tables
input-not-utf16 = this file cannot be read as text: its bytes are not valid UTF-16
input-save-csv-utf8-fix = save it from Excel as "CSV UTF-8", or check that it is the right file
input-binary = this file cannot be read as text: it is { $kind }
input-binary-fix = give the file its real extension (.xlsx, .xls, .ods), or export the table as CSV
input-kind-zip = a zip archive (an .xlsx or .ods workbook saved under a .csv name?)
input-kind-xls = an old Excel workbook (.xls) saved under a .csv name
input-kind-pdf = a PDF document
input-nul-bytes-no-bom = this file cannot be read as text: it contains NUL bytes (UTF-16 without a byte-order mark, or not a text file)
input-nul-bytes = this file cannot be read as text: it contains NUL bytes
input-encoding-unknown = cannot tell this file's encoding: { $why }
input-encoding-none = its bytes are neither UTF-8, GBK/GB18030 nor Big5 text
input-encoding-both = it reads as both GBK and Big5 and kaohe cannot tell which is meant
input-encoding-fix = save it from Excel as "CSV UTF-8" (Save As → CSV UTF-8), or check that it is the right file
input-open-quote = malformed CSV: a quote opened on this row is not closed before line { $line }
input-open-quote-fix = open the file in a text editor and close the quote (a quote inside a value is written twice: "")
input-control-char = the cell holds the control character U+{ $code }
input-control-char-fix = delete it (it is invisible in Excel; it often comes from copying text out of another program)
input-mixed-encoding = the cell's bytes are not { $encoding } text like the rest of the file
input-mixed-encoding-fix = the file mixes encodings: retype the cell, or save the whole file again as "CSV UTF-8"
input-cannot-read-workbook = cannot read the workbook: { $error }
input-cannot-read-workbook-fix = check the path and permissions
input-not-a-workbook = this is not a workbook kaohe can read: { $error }
input-not-a-workbook-fix = open it in Excel or LibreOffice and save it as .xlsx, or check that it is the right file
input-no-sheets = the workbook has no sheets
input-no-sheets-fix = put the table on the first sheet
input-cannot-read-sheet = cannot read the sheet: { $error }
input-cannot-read-sheet-fix = open and save the file in Excel, then try again
input-xlsb = xlsb workbooks are not supported; save it as .xlsx
input-rows-out-of-order = the sheet's rows are stored out of order, which Excel never does
input-rows-out-of-order-fix = open the workbook in Excel or LibreOffice and save it again
input-formula-no-value = the cell holds the formula{ $formula } with no computed value
input-formula-no-value-fix = open and save the file in Excel (or LibreOffice) so the value is computed, or type the value
input-workbook-damaged = the workbook is damaged: { $error }
input-workbook-damaged-fix = open it in Excel or LibreOffice and save it again (as .xlsx), or check that it is the right file
input-sheet-too-big = the sheet expands to { $cells } cells ({ $rows } rows × { $columns } columns), more than kaohe reads from an .ods or .xls
input-sheet-too-big-fix = save the workbook as .xlsx (read cell by cell), or as CSV
input-stray-cell = the sheet has a value at { $cell }, far from its table: read as a grid it would span { $rows } rows × { $columns } columns
input-stray-cell-fix = delete the stray cell (in Excel, Ctrl+End jumps to it) or everything right of and below the table, and save again

# The rules file (src/rules.rs): its place, its name, and what is wrong in it.
rules-place = { $file }:{ $line }:{ $column }
rules-built-in = { $file } (built in)
rules-fix-format = correct the rules file (see rules/default.toml for the format)
rules-fix-swap = swap them
rules-unreadable = the rules file cannot be read: { $reason }
rules-unreadable-control = it holds control characters: it is not a text file
rules-unreadable-not-utf8 = it is not UTF-8 text (saved as GBK/ANSI?)
rules-unreadable-fix = save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8), starting from rules/default.toml
rules-toml-unknown-key = unknown key `{ $key }`
rules-toml-unknown-key-fix = delete it or correct its spelling; the keys here are { $keys }
rules-toml-unknown-key-none-fix = delete it: nothing is set here
rules-toml-missing-key = the key `{ $key }` is missing
rules-toml-missing-key-fix = add { $key } = … here (see rules/default.toml for the format)
rules-toml-unknown-value = `{ $value }` is not a value kaohe knows here
rules-toml-unknown-value-fix = use one of: { $values }
rules-toml-wrong-value = the value here is wrong; it should be: { $expected }
rules-toml-expected-whole = a whole number of 0 or more
rules-toml-expected-small = a whole number from 0 to 255
rules-toml-expected-bool = true or false
rules-toml-expected-text = text in double quotes
rules-toml-expected-list = a list in square brackets
rules-toml-expected-other = of another kind
rules-toml-duplicate-key = the key is given twice
rules-toml-duplicate-key-fix = give each key and each [table] once; delete or merge the repeated one
rules-toml-syntax = this is not valid TOML
rules-not-a-number = `{ $value }` is not a number
rules-unusable-number = { $value } is not a usable number
rules-full-marks = scheme.work_full_marks is { $value }; it must be above 0
rules-full-marks-fix = set the work score's full marks, e.g. 50
rules-item-twice = item { $item } is defined twice
rules-item-twice-fix = give each item its own number
rules-item-points = item { $item } has { $points } points; it must be above 0
rules-item-points-fix = give the item its points
rules-leaf-code = leaf code `{ $code }` is empty or contains `;`/`,`
rules-leaf-code-fix = use a short code such as 1a
rules-leaf-item = leaf { $leaf } belongs to item { $item }, which is not defined
rules-leaf-item-fix = add the item under [[items]] or correct the leaf's item number
rules-leaf-points = leaf { $leaf } has points { $points } and per_miss { $per_miss }; both must be above 0
rules-leaf-points-fix = give the leaf positive points and cost per miss
rules-item-leaves-over = the leaves of item { $item } add up to { $sum } points, more than the item's { $points }
rules-item-leaves-over-fix = lower the leaves' points or raise the item's
rules-items-over = the items add up to { $sum } points, more than the work score's full marks { $full }
rules-items-over-fix = lower the items' points or raise scheme.work_full_marks
rules-survey-thresholds = surveys: dissatisfied_at_most { $dissatisfied } must be below satisfied_at_least { $satisfied }, both within 1–5
rules-survey-thresholds-fix = use e.g. dissatisfied_at_most = 2, satisfied_at_least = 4
rules-survey-count = surveys: department_count_min { $min } is above department_count_max { $max }
rules-topic-leaf = survey topic { $topic } costs leaf { $leaf }, which is not defined
rules-topic-leaf-fix = name a leaf code from [[leaves]]
rules-attendance-negative = attendance: the maxima must not be negative
rules-attendance-negative-fix = use e.g. 2.5
rules-kind-negative = attendance kind { $kind } deducts { $points } points; deductions are not negative
rules-kind-negative-fix = write the points deducted as a positive number
rules-special-negative = special.points must not be negative
rules-special-negative-fix = use e.g. 10
rules-award-needed = award kind { $kind } needs 0 awards; it must need at least 1
rules-award-needed-fix = set needed = 1 or more
rules-run-length = rewards.run_length is 0
rules-run-length-fix = use e.g. 3
rules-rewards-negative = rewards must not be negative
rules-rewards-negative-fix = use amounts of 0 or more
rules-action-runs = actions: company_praise_run, raise_run and raise_year_count must be at least 1
rules-action-runs-fix = use e.g. 3, 6 and 11
rules-penalty-min = penalty { $kind }: min { $min } is negative
rules-penalty-min-fix = use a minimum of 0 or more
rules-penalty-max = penalty { $kind }: max { $max } is below min { $min }
rules-penalty-default = penalty { $kind }: default { $default } is outside its range
rules-penalty-default-fix = choose a default between min and max
rules-window-gap = sampling window { $from }–{ $to } does not follow on from day { $next }
rules-window-gap-fix = list ascending day ranges that cover days 1–31, e.g. [[1,10],[11,20],[21,31]]
rules-windows-short = sampling windows do not reach day 31
rules-windows-short-fix = end the last window at 31 (the month's last day)
rules-rounding-strategy = rounding strategy `{ $strategy }` is not supported
rules-rounding-strategy-fix = use half_away_from_zero
rules-rounding-places = rounding places are too many
rules-rounding-places-fix = use money_places = 2 and rate_places = 4
rules-too-many = the rules define { $count } { $what }; at most { $max } are allowed
rules-too-many-fix = remove the ones the scheme does not use
rules-count-leaves = leaves
rules-count-topics = survey topics
rules-count-attendance-kinds = attendance kinds
rules-count-award-kinds = award kinds
rules-count-penalty-kinds = penalty kinds
rules-limit-key = { $key }
rules-limit-item = item { $item } points
rules-limit-leaf = leaf { $leaf } { $key }
rules-limit-kind = attendance kind { $kind } points
rules-limit-penalty = penalty { $kind } { $key }
rules-out-of-range-points = { $what } is { $value }; it must be from 0 to { $max } points
rules-out-of-range-yuan = { $what } is { $value }; it must be from 0 to { $max } yuan
rules-out-of-range-fix = use a value within the range
rules-defined-twice = { $what } `{ $name }` is defined twice
rules-defined-twice-fix = give each code and alias only once

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

### kaohe (the command line, src/main.rs, src/cmd/mod.rs, src/cmd/config.rs)

cmd-problems-found = kaohe: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } found; nothing was written
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
rules-rounding = Rounding: half away from zero, { $places } decimal places
