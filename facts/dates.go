package facts

import (
	"fmt"
	"strconv"
)

// dates reads the dates written with month and weekday names (July,
// 4 July 2023, July 4, 2023, March 2021, Thursday) and claims their tokens,
// so the day and year in them are not read again as counts.
func (s *sent) dates() {
	t := s.toks
	// A weekday before a full date ("Thursday, March 24, 2005", a
	// dateline) is one date with it; it waits for the date to follow.
	weekday, weekdayValue := -1, ""
	flush := func() {
		if weekday >= 0 {
			s.addDate(weekday, weekday+1, weekdayValue)
			weekday = -1
		}
	}
	defer flush()
	for k := 0; k < len(t); k++ {
		if weekday >= 0 && k > weekday+3 {
			flush()
		}
		if weekday < 0 {
			// No weekday waits: on to the next numeral or capitalised
			// month or weekday, the only tokens acted on below.
			for k < len(t) && t[k].kind != tokNum && (t[k].class&clsDate == 0 || !t[k].upper || t[k].kind != tokWord) {
				k++
			}
			if k == len(t) {
				break
			}
		}
		tk := &t[k]
		if tk.kind == tokNum {
			if v, ok := slashDate(t, k); ok {
				s.addDate(k, k+5, v)
				k += 4
			}
			continue
		}
		if tk.kind != tokWord || !tk.upper || tk.class&clsDate == 0 {
			continue
		}
		id := stemID(tk)
		if wd, ok := weekdayIDs.get(id); ok {
			flush()
			weekday, weekdayValue = k, weekdayValues[wd]
			continue
		}
		m, ok := monthIDs.get(id)
		if !ok {
			continue
		}
		i, j := k, k+1
		// The abbreviation's dot: "Jan."
		if len(tk.text) <= 4 && !fullMonthNameIDs.has(id) && j < len(t) && t[j].text == "." && !t[j].space {
			j++
		}
		day, year := 0, 0
		// "4 July", "the 4th of July"
		if i > 0 && isDay(&t[i-1]) && !s.used[i-1] {
			day = int(t[i-1].num)
			i--
		} else if i > 1 && t[i-1].text == "of" && isDayOrdinal(t, i-2) {
			day = int(t[i-3].num)
			i -= 3
		} else if i > 1 && isDayOrdinal(t, i-1) {
			day = int(t[i-2].num)
			i -= 2
		} else if i > 2 && t[i-1].text == "of" && t[i-3].text == "the" && ordinalWordIDs.at(t[i-2].id) > 0 && ordinalWordIDs.at(t[i-2].id) <= 31 {
			// "the second of March"
			day = int(ordinalWordIDs.at(t[i-2].id))
			i -= 3
		}
		// "July 4", "July 4th"; "July 4-6" is a range of days, but a
		// spaced dash after the day ends a wire dateline: "TOULOUSE, April
		// 25 - Airbus delivered…"
		if day == 0 && j < len(t) && isDay(&t[j]) && !(j+1 < len(t) && t[j+1].text == "-" && !t[j+1].space) {
			day = int(t[j].num)
			j++
			if j < len(t) && t[j].kind == tokWord && !t[j].space {
				switch t[j].text {
				case "st", "nd", "rd", "th":
					j++
				}
			}
		}
		// ", 2023" or " 2023"
		y := j
		if y < len(t) && t[y].text == "," {
			y++
		}
		if y < len(t) && isYear(&t[y]) {
			year = int(t[y].num)
			j = y + 1
		}
		// A bare "May" or "March" is more often a verb or a noun.
		if day == 0 && year == 0 && (m == 5 || m == 3) && !s.monthContext(k) {
			continue
		}
		if day == 0 && year == 0 && len(tk.text) <= 3 && tk.text != "may" {
			continue // "Jan" alone is too often a name
		}
		var buf [24]byte
		value := append(buf[:0], "XXXX"...)
		if year > 0 {
			value = strconv.AppendInt(buf[:0], int64(year), 10)
		}
		value = appendTwoDigits(append(value, '-'), m)
		if day > 0 {
			value = appendTwoDigits(append(value, '-'), day)
			if weekday >= 0 && weekday < i && i-weekday <= 2 && (i-weekday == 1 || t[weekday+1].text == ",") {
				i, weekday = weekday, -1
			}
		}
		flush()
		s.addDate(i, j, s.w.dateString(value))
		// "(23 to 29 September 2024)", "14-20 October": the range's
		// first day is a date of that month too, not a count
		if day > 0 && i >= 2 && isDay(&t[i-2]) && !s.used[i-2] && int(t[i-2].num) < day && dayRangeJoin(t[i-1].text) {
			first := appendTwoDigits(value[:len(value)-2], int(t[i-2].num))
			s.addDate(i-2, i-1, s.w.dateString(first))
		}
		k = j - 1
	}
}

// fullMonthNames are the month names of four letters or fewer written in
// full: their dot ends a sentence ("on 6 July."), where "Jan." is cut short.
var fullMonthNames = map[string]bool{"may": true, "june": true, "july": true}

// dayRangeJoin reports a word that joins two days of one month.
func dayRangeJoin(w string) bool {
	return w == "to" || w == "-" || w == "–" || w == "and" || w == "until" || w == "through"
}

// monthContext reports words that make "May" or "March" a month.
func (s *sent) monthContext(k int) bool {
	switch s.word(k - 1) {
	case "in", "on", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "to", "through", "between", "and", "-":
		return true
	}
	return false
}

// slashDate reads a date written with slashes at token k: "5/17/2018" or
// "17/5/2018". When both orders are possible (3/4/2024) only the year is
// certain, and the value says so ("2024").
func slashDate(t []token, k int) (string, bool) {
	if k+4 >= len(t) || t[k+1].text != "/" || t[k+3].text != "/" || !isYear(&t[k+4]) {
		return "", false
	}
	for x := k + 1; x <= k+4; x++ {
		if t[x].space {
			return "", false
		}
	}
	if !isDay(&t[k]) || !isDay(&t[k+2]) {
		return "", false
	}
	a, b, y := int(t[k].num), int(t[k+2].num), int(t[k+4].num)
	switch {
	case a <= 12 && b > 12:
		return fmt.Sprintf("%04d-%02d-%02d", y, a, b), true
	case a > 12 && b <= 12:
		return fmt.Sprintf("%04d-%02d-%02d", y, b, a), true
	}
	return strconv.Itoa(y), true
}

func isDay(t *token) bool {
	return t.kind == tokNum && t.decimals < 0 && !t.grouped && t.intDigits <= 2 && t.num >= 1 && t.num <= 31
}

// isDayOrdinal reports "4th" ending at token k (the suffix).
func isDayOrdinal(t []token, k int) bool {
	if k < 1 {
		return false
	}
	switch t[k].text {
	case "st", "nd", "rd", "th":
		return !t[k].space && isDay(&t[k-1])
	}
	return false
}

func isYear(t *token) bool {
	return t.kind == tokNum && t.decimals < 0 && !t.grouped && t.intDigits == 4 && t.num >= 1000 && t.num <= 2100
}

// addDate records a date fact for tokens [i, j) and claims them.
func (s *sent) addDate(i, j int, value string) {
	if s.claimed(i, j) {
		return
	}
	s.claim(i, j)
	c := cand{i: i, j: j, kind: KindDate, date: value, conf: 1, rule: "date"}
	s.fact(&c)
	if len(value) == 7 && value[4] == '-' && value[5] != 'W' {
		s.w.monthDates = append(s.w.monthDates, frameSpan{i, j, value})
	}
}

// dateString returns value as a string, the one made for the same value
// before where there is one: a document names few dates, many times.
func (w *work) dateString(value []byte) string {
	if d, ok := w.dates[string(value)]; ok {
		return d
	}
	if w.dates == nil || len(w.dates) >= maxDates {
		w.dates = make(map[string]string)
	}
	d := string(value)
	w.dates[d] = d
	return d
}

// maxDates bounds the dates a worker keeps for dateString.
const maxDates = 512

// weekdayValues are the dates of the weekdays by number (weekdays), made
// once rather than for every weekday read.
var weekdayValues = func() (v [8]string) {
	for wd := range v {
		v[wd] = "XXXX-WXX-" + strconv.Itoa(wd)
	}
	return v
}()

// appendTwoDigits appends n as fmt's %02d would, without fmt: dates are
// formatted for every month name read.
func appendTwoDigits(b []byte, n int) []byte {
	if n >= 0 && n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}
