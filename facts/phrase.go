package facts

import "unsafe"

// The phrases the rules read (subjects, sources, names) are words of the
// sentence joined by spaces; most read exactly as the window's text, or its
// lower-cased copy, from their first token on. They are built in a
// reused buffer and handed out as that text when it reads the same, so
// that a phrase costs no allocation of its own.

// phraseText returns b, a phrase whose first word is that of token first,
// as a string: the window's text from that token on, or its lower-cased
// text, where either reads the same as b; a copy of b otherwise.
func (s *sent) phraseText(b []byte, first int) string {
	if len(b) == 0 {
		return ""
	}
	if first >= 0 && first < len(s.toks) {
		a := int(s.toks[first].start)
		if e := a + len(b); e <= len(s.w.src) {
			if src := s.w.src[a:e]; src == string(b) {
				return src
			}
			if lower := s.w.lower[a:e]; lower == string(b) {
				return lower
			}
		}
	}
	return s.w.strs.bytes(b)
}

// joinWords is strings.Join(words, " ") for a phrase whose first word is
// that of token first (see phraseText).
func (s *sent) joinWords(words []string, first int) string {
	if len(words) == 1 {
		return words[0]
	}
	b := s.w.npBuf[:0]
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	s.w.npBuf = b
	return s.phraseText(b, first)
}

// joinText returns a + sep + b. Where a is a piece of the window's text
// (or of its lower-cased copy) and that text goes on with sep and b
// ("people killed"), it is that text, without a copy.
func (s *sent) joinText(a, sep, b string) string {
	if a != "" {
		for _, win := range [2]string{s.w.src, s.w.lower} {
			off, ok := offsetIn(win, a)
			if !ok {
				continue
			}
			mid := off + len(a) + len(sep)
			if end := mid + len(b); end <= len(win) && win[off+len(a):mid] == sep && win[mid:end] == b {
				return win[off:end]
			}
		}
	}
	return s.w.strs.concat(a, sep, b)
}

// offsetIn reports whether a lies inside win's bytes, and where.
func offsetIn(win, a string) (int, bool) {
	if win == "" {
		return 0, false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(a)))
	w := uintptr(unsafe.Pointer(unsafe.StringData(win)))
	if p < w || p+uintptr(len(a)) > w+uintptr(len(win)) {
		return 0, false
	}
	return int(p - w), true
}
