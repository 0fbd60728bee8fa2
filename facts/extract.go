package facts

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Extract returns the facts of one document, sorted by start offset. doc is
// the name the facts carry; text is the document as read (any bytes: invalid
// UTF-8 and NUL bytes are tolerated, offsets always index text).
func Extract(doc string, text []byte) []Fact {
	return ExtractString(doc, string(text))
}

// ExtractString is Extract for a string.
func ExtractString(doc string, text string) []Fact {
	// News runs about one figure per 150 bytes; start near that.
	out := make([]Fact, 0, len(text)/150+4)
	ExtractEach(doc, text, func(f *Fact) { out = append(out, *f) })
	return out
}

// ExtractEach calls fn with each fact of a document in order of offset, as
// it reads: memory holds one sentence's facts at a time, whatever the size
// of the document. The *Fact is valid only during the call; copy it to keep
// it.
func ExtractEach(doc string, text string, fn func(*Fact)) {
	w := workers.Get().(*work)
	defer workers.Put(w)
	w.reset(doc, text)
	w.emit = fn
	w.run()
	w.emit = nil
}

// work holds the buffers of one extraction, reused across calls.
type work struct {
	doc       string
	src       string
	lower     string
	toks      []token
	sents     [][2]int
	nums      []numSpan
	cands     []cand
	used      []bool
	facts     []Fact // the current chunk's facts
	emit      func(*Fact)
	lineStart []int
	sentStart int // byte offset of the current sentence
	sentText  string
}

var workers = sync.Pool{New: func() any { return new(work) }}

func (w *work) reset(doc, src string) {
	w.doc, w.src = doc, src
	w.facts = w.facts[:0]
	w.lineStart = w.lineStart[:0]
}

// chunkSize is about how much text is tokenized at a time: chunks end at a
// paragraph or sentence end, so that memory stays small whatever the size
// of the document or of its lines.
const chunkSize = 64 << 10

func (w *work) run() {
	w.lower = lowerASCIIAll(w.src)
	for pos := 0; pos < len(w.src); {
		end := chunkEnd(w.src, pos, chunkSize)
		w.toks = tokenize(w.src, w.lower, pos, end, w.toks)
		w.sents = splitSentences(w.src, w.toks, w.sents)
		for _, s := range w.sents {
			w.facts = w.facts[:0]
			w.sentence(w.toks[s[0]:s[1]])
			sortFacts(w.facts)
			for i := range w.facts {
				w.emit(&w.facts[i])
			}
		}
		pos = end
	}
}

// sortFacts orders one sentence's facts by offset (dates are read before
// numbers); insertion sort, as a sentence holds few.
func sortFacts(fs []Fact) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Start < fs[j-1].Start; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// chunkEnd picks where the chunk that starts at pos ends: the first blank
// line after pos+size, else the first line break after end punctuation,
// else the first sentence end (". " before a capital), else the first
// space; never inside a UTF-8 sequence.
func chunkEnd(src string, pos, size int) int {
	if len(src)-pos <= size {
		return len(src)
	}
	from := pos + size
	limit := min(len(src), from+size)
	window := src[from:limit]
	if i := strings.Index(window, "\n\n"); i >= 0 {
		return from + i + 1
	}
	for i := 0; i < len(window); i++ {
		if window[i] == '\n' && i > 0 && strings.IndexByte(".!?\"", window[i-1]) >= 0 {
			return from + i + 1
		}
	}
	for i := 0; i+2 < len(window); i++ {
		if window[i] == '.' && window[i+1] == ' ' && window[i+2] >= 'A' && window[i+2] <= 'Z' {
			return from + i + 2
		}
	}
	if i := strings.IndexAny(window, " \t\n"); i >= 0 {
		return from + i + 1
	}
	// No space in a whole window: cut at a rune boundary.
	for limit < len(src) && limit > from && !utf8.RuneStart(src[limit]) {
		limit--
	}
	return limit
}

// sentence extracts the facts of one sentence.
func (w *work) sentence(toks []token) {
	if len(toks) == 0 {
		return
	}
	if cap(w.used) < len(toks) {
		w.used = make([]bool, len(toks)*2)
	}
	w.used = w.used[:len(toks)]
	for i := range w.used {
		w.used[i] = false
	}
	s := &sent{w: w, toks: toks, used: w.used}
	s.start, s.end = toks[0].start, toks[len(toks)-1].end
	w.sentText = ""

	// Dates of words first (months, weekdays): they claim the numbers in
	// them (4 July 2023) before any other rule reads those numbers.
	s.dates()
	w.nums = parseNumbers(toks, w.nums)
	w.cands = w.cands[:0]
	for _, n := range w.nums {
		if s.claimed(n.i, n.j) {
			continue
		}
		w.cands = append(w.cands, cand{n: n, i: n.i, j: n.j})
	}
	s.joinRanges(&w.cands)
	for ci := range w.cands {
		c := &w.cands[ci]
		if s.claimed(c.i, c.j) {
			continue
		}
		for _, r := range rules {
			if r.Apply(s, c) {
				c.rule = r.Name()
				break
			}
		}
		if c.kind == "" {
			continue
		}
		s.claim(c.i, c.j)
	}
	s.linkChanges(w.cands)
	s.mergeBounds(w.cands)
	var fr frames
	framed := false
	for ci := range w.cands {
		c := &w.cands[ci]
		if c.kind != "" && c.plausible() {
			if !framed {
				fr, framed = s.readFrames(w.cands), true
			}
			w.facts = append(w.facts, s.fact(c))
			s.frameOf(c, &w.facts[len(w.facts)-1], &fr, w.cands)
		}
	}
}

// sent is the state of the sentence being read.
type sent struct {
	w          *work
	toks       []token
	used       []bool
	start, end int
	ctx        uint8 // contexts of the sentence (ctxMoney…), once ctxRead
	ctxRead    bool
}

func (s *sent) claimed(i, j int) bool {
	for k := i; k < j && k < len(s.used); k++ {
		if s.used[k] {
			return true
		}
	}
	return false
}

func (s *sent) claim(i, j int) {
	for k := i; k < j && k < len(s.used); k++ {
		s.used[k] = true
	}
}

// word returns the normalised text of token k, or "" outside the sentence.
func (s *sent) word(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.toks[k].text
}

// fact turns a finished candidate into a Fact.
func (s *sent) fact(c *cand) Fact {
	w := s.w
	start, end := s.toks[c.i].start, s.toks[c.j-1].end
	f := Fact{
		Type:       "fact",
		Doc:        w.doc,
		Kind:       c.kind,
		Bound:      c.bound,
		Unit:       c.unit,
		Subject:    c.subject,
		Event:      c.event,
		Text:       w.src[start:end],
		Start:      start,
		End:        end,
		Line:       w.line(start),
		Sentence:   w.sentenceText(s.start, s.end),
		Date:       c.date,
		Confidence: c.conf,
		Uncertain:  c.conf < 0.7,
		Rule:       c.rule,
		ChangeRole: c.role,
	}
	if c.kind != KindDate {
		// One allocation holds the fact's numbers; its fields point into it.
		vals := new([4]float64)
		vals[0] = c.value
		f.Value = &vals[0]
		if c.low != nil {
			vals[1] = *c.low
			f.Low = &vals[1]
		}
		if c.high != nil {
			vals[2] = *c.high
			f.High = &vals[2]
		}
		f.Precision = c.n.precision
		switch c.change {
		case "up":
			f.Change = &changeUp
		case "down":
			f.Change = &changeDown
		}
		if c.hasFrom {
			vals[3] = c.from
			f.From = &vals[3]
		}
		setBase(&f)
	}
	if f.Bound == "" {
		f.Bound = BoundExact
	}
	return f
}

func ptr[T any](v T) *T { return &v }

// The change directions, shared by every fact that points at one.
var changeUp, changeDown = "up", "down"

// line returns the 1-based line of byte offset pos.
func (w *work) line(pos int) int {
	if len(w.lineStart) == 0 {
		w.lineStart = append(w.lineStart, 0)
		for i := 0; i < len(w.src); i++ {
			if w.src[i] == '\n' {
				w.lineStart = append(w.lineStart, i+1)
			}
		}
	}
	return sort.Search(len(w.lineStart), func(i int) bool { return w.lineStart[i] > pos })
}

// sentence returns the text of a sentence with its white space folded; the
// text of one sentence is built once however many facts it holds.
func (w *work) sentenceText(start, end int) string {
	if w.sentText != "" && w.sentStart == start {
		return w.sentText
	}
	w.sentStart = start
	w.sentText = foldSpace(w.src[start:end])
	return w.sentText
}

// foldSpace turns each run of white space into one space; text with no
// run to fold is returned as it is, without a copy.
func foldSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\n' || c == '\t' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
