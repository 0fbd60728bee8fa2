package facts

import "strings"

// A simple text table, as news pages print one when their HTML table is
// flattened to lines:
//
//	Country dead missing total
//	Indonesia 126,473 93,943 220,416
//	Somalia 298 * - 298 *
//
// A header line of column names (the first names the row labels) is
// followed by rows of a label and one cell per column, a lone dash for an
// empty cell; footnote marks are skipped. Each cell is a fact whose
// subject comes from its column: an event column counts people ("dead" →
// people killed; by the row's label under a "Nationality" column), a total
// column the events of the others together, a share or change column ("%",
// "Change") the row's label, any other column its name ("Seats"). A signed
// cell ("+2.4%", "-3.3%") is a change up or down of its unsigned value.
//
// Rows and header are lines of their own, so sentences of their own; the
// table's state lives in the work and is read sentence by sentence.

// table is the header of the table being read, if any.
type table struct {
	label string   // the name of the label column, lower case ("country")
	cols  []string // the other column names, lower case ("dead", "%", "seats")
	// rows counts the rows read under the header; a header that no row
	// follows was only a short line.
	rows int
	// total is the subject of a "total" column ("people killed and
	// injured"), made once per header (totalSubject).
	total string
}

// maxTableColumns bounds a header: longer lines are prose.
const maxTableColumns = 8

func (tb *table) clear() {
	tb.label, tb.cols, tb.rows, tb.total = "", tb.cols[:0], 0, ""
}

// read looks at the sentence s: a header line is remembered; a row under a
// header becomes one candidate per cell, appended to cands, its tokens
// claimed so that no other rule reads them. Anything else ends the table.
func (tb *table) read(s *sent, cands *[]cand) {
	t := s.toks
	// Only a single line of a few tokens can be a header or a row.
	if len(t) > 3*maxTableColumns+4 || !oneLine(t) {
		tb.clear()
		return
	}
	if len(tb.cols) > 0 && tb.row(s, cands) {
		// The row's cells replace whatever the number parser made of
		// them (spaced figures merged, "10 - 10" read as a range).
		tb.rows++
		return
	}
	tb.clear()
	tb.header(t)
}

// line looks at a sentence with no figure: it ends any table, and may be
// the header of the next.
func (tb *table) line(t []token) {
	if len(tb.cols) > 0 {
		tb.clear()
	}
	if len(t) <= maxTableColumns && oneLine(t) {
		tb.header(t)
	}
}

// oneLine reports whether no token after the first starts a new line.
func oneLine(t []token) bool {
	for k := 1; k < len(t); k++ {
		if t[k].newline {
			return false
		}
	}
	return true
}

// header reads a line of two or more column names, words or "%", and keeps
// them.
func (tb *table) header(t []token) {
	if len(t) < 2 || len(t) > maxTableColumns || t[0].kind != tokWord || !t[0].upper {
		return
	}
	for k := range t {
		if !(t[k].kind == tokWord || t[k].text == "%") || monthIDs.at(t[k].id) > 0 {
			return
		}
	}
	tb.label, tb.total = t[0].text, ""
	for k := 1; k < len(t); k++ {
		tb.cols = append(tb.cols, t[k].text)
	}
}

// tableCell is a cell of a row: the tokens of its figure, its sign and
// whether "%" follows it; empty for a dash.
type tableCell struct {
	i, j    int // tokens of the cell's text, sign and "%" included
	num     int // the numeral's token
	sign    string
	percent bool
	empty   bool
}

// row reads s as a row of the table: a label of words, then exactly one
// cell per column. It appends the cells' candidates and reports whether s
// was a row.
func (tb *table) row(s *sent, cands *[]cand) bool {
	t := s.toks
	k := 0
	for k < len(t) && (t[k].kind == tokWord || k > 0 && t[k].kind != tokNum && !t[k].space && t[k].text != "-" && t[k].text != "+") {
		k++ // "Sri Lanka", "CDU/CSU", "The Left"
	}
	if k == 0 || k == len(t) || monthIDs.at(t[0].id) > 0 || weekdayIDs.at(t[0].id) > 0 {
		return false
	}
	labelEnd := k
	var cells [maxTableColumns]tableCell
	n := 0
	for k < len(t) {
		tk := &t[k]
		switch {
		case tk.text == "*" || tk.text == "†" || tk.text == "‡":
			k++ // a footnote mark
			continue
		case (tk.text == "-" || tk.text == "–" || tk.text == "—") && (k+1 == len(t) || t[k+1].space):
			if n == len(tb.cols) {
				return false
			}
			cells[n] = tableCell{i: k, j: k + 1, empty: true}
		case tk.kind == tokNum || (tk.text == "+" || tk.text == "-") && k+1 < len(t) && t[k+1].kind == tokNum && !t[k+1].space:
			if n == len(tb.cols) {
				return false
			}
			c := tableCell{i: k, num: k}
			if tk.kind != tokNum {
				c.sign, c.num = tk.text, k+1
			}
			c.j = c.num + 1
			if c.j < len(t) && t[c.j].text == "%" && !t[c.j].space {
				c.percent = true
				c.j++
			}
			if c.j < len(t) && !t[c.j].space {
				return false // "10-12", "3.5bn": not a plain cell
			}
			cells[n] = c
			k = c.j - 1
		default:
			return false
		}
		n++
		k++
	}
	if n != len(tb.cols) {
		return false
	}
	label := s.tableLabel(labelEnd)
	*cands = (*cands)[:0]
	for x := 0; x < n; x++ {
		if !cells[x].empty {
			*cands = append(*cands, tb.cell(s, &cells[x], x, label))
		}
	}
	s.claim(0, len(t))
	return true
}

// tableLabel is the row's label as written: "Sri Lanka", "CDU/CSU".
func (s *sent) tableLabel(end int) string {
	var b strings.Builder
	for k := 0; k < end; k++ {
		if k > 0 && s.toks[k].space {
			b.WriteByte(' ')
		}
		b.WriteString(s.toks[k].raw)
	}
	return b.String()
}

// cell makes the candidate of one cell in column x of a row labelled label.
func (tb *table) cell(s *sent, c *tableCell, x int, label string) cand {
	tk := &s.toks[c.num]
	n := numSpan{i: c.num, j: c.num + 1, value: tk.num, digits: true, precision: roundingStep(tk)}
	cd := cand{n: n, i: c.i, j: c.j, numEnd: c.j, value: tk.num, bound: BoundExact, conf: 1, rule: "table"}
	col := tb.cols[x]
	cd.kind = KindCount
	if c.percent || col == "%" || shareColumns[col] {
		cd.kind, cd.unit = KindPercent, "%"
	}
	switch c.sign {
	case "+":
		cd.change, cd.role = "up", "by"
	case "-":
		cd.change, cd.role = "down", "by"
	}
	ev := eventWords[col]
	switch {
	case ev != "" && canonicalEvents[ev]:
		cd.event = ev
		if tb.label == "nationality" {
			cd.subject = label + " " + ev
		} else {
			cd.subject = eventColumnSubjects[ev]
		}
	case col == "total" && tb.hasEvents():
		cd.subject = tb.totalSubject()
	case cd.kind == KindPercent || changeColumns[col]:
		cd.subject = label // a party's share, a country's change
	default:
		cd.subject = col
	}
	if cd.subject != label && !(ev != "" && tb.label == "nationality") {
		// "SPD 34.2 222": the row's label is whose seats the cell counts;
		// a "Total" row is the whole
		cd.scope = strings.ToLower(label)
		if cd.scope == "total" || cd.scope == "all" || totalScopes[cd.scope] {
			cd.scope = "all"
		}
	}
	cd.low, cd.high = s.ptr(cd.value), s.ptr(cd.value)
	return cd
}

// events lists the canonical events of the table's columns, in order.
// hasEvents reports whether a column counts an event (events is not empty).
func (tb *table) hasEvents() bool {
	for _, col := range tb.cols {
		if ev := eventWords[col]; ev != "" && canonicalEvents[ev] {
			return true
		}
	}
	return false
}

// totalSubject returns the subject of a total column of a header with
// event columns: "people " and the events joined by "and".
func (tb *table) totalSubject() string {
	if tb.total == "" {
		tb.total = "people " + strings.Join(tb.events(), " and ")
	}
	return tb.total
}

// eventColumnSubjects are the subjects of the event columns: "people killed".
var eventColumnSubjects = func() map[string]string {
	m := make(map[string]string, len(canonicalEvents))
	for ev := range canonicalEvents {
		m[ev] = "people " + ev
	}
	return m
}()

func (tb *table) events() []string {
	var out []string
	for _, col := range tb.cols {
		if ev := eventWords[col]; ev != "" && canonicalEvents[ev] {
			out = append(out, ev)
		}
	}
	return out
}

// shareColumns hold shares of a whole; changeColumns, changes of a row's
// figure.
var (
	shareColumns  = map[string]bool{"percent": true, "share": true, "pct": true}
	changeColumns = map[string]bool{"change": true, "swing": true, "+/-": true, "±": true, "diff": true}
)
