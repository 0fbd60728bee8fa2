package facts

// An ordinal said of a death or a victim is a level of a toll, not a rank:
// "the 14th person to die", "a ninth victim", "the country's 20th death
// from the virus", "its 16th fatality" each say the count has reached that
// figure, as "14 deaths" or "nine victims" would. Read as ordinals they were
// set beside no count, and another report's "the toll rose to 14" found no
// partner. ordinalToll makes such a figure the count the cardinal wording
// gives (kind count, its subject, event and measure; rule ordinalTollRule);
// ranks ("the second quarter", "third-largest", "the 21st century", "the
// second person to walk on the moon") stay ordinals.

// ordinalTollRule is the rule name of a count read off an ordinal.
const ordinalTollRule = "ordinal toll"

// tollNouns are nouns that, after an ordinal, count a toll by themselves,
// with the event their plural carries as a count ("20 deaths": killed) or
// none ("three bodies"). A victim numbered is a death: "a ninth victim",
// "the body of a ninth victim" (on the development story sets, set beside
// the other reports' "rose to eight" as the toll's update).
var tollNouns = map[string]string{
	"death": "killed", "fatality": "killed", "victim": "killed", "body": "",
}

// tollCompounds after a toll noun make it the first word of another noun:
// "death row", "the death penalty", "victim support".
var tollCompounds = map[string]bool{
	"row": true, "penalty": true, "sentence": true, "squad": true, "certificate": true,
	"rate": true, "anniversary": true, "camp": true, "threat": true, "threats": true,
	"march": true, "toll": true, "count": true, "support": true, "blow": true, "bag": true,
	"armour": true, "armor": true, "scanner": true, "language": true, "double": true,
}

// tollPersons are nouns of people that, after an ordinal, count a toll when
// an event follows them ("the 14th person to die", "the fifth woman killed
// in the attacks", "the third patient to be infected").
var tollPersons = map[string]string{
	"person": "people", "man": "man", "woman": "woman", "child": "child", "patient": "patient",
	"resident": "resident", "passenger": "passenger", "soldier": "soldier", "worker": "worker",
	"civilian": "civilian", "officer": "officer", "journalist": "journalist", "migrant": "migrant",
	"protester": "protester", "protestor": "protester", "student": "student", "victim": "victim",
	"miner": "miner", "climber": "climber", "tourist": "tourist", "fatality": "fatality",
}

// tollLinks may stand between a person and the event that makes it a toll:
// "to die", "to be killed", "to have died", "who died", "to be confirmed
// dead".
var tollLinks = map[string]bool{
	"to": true, "be": true, "have": true, "been": true, "who": true, "has": true, "had": true,
	"confirmed": true, "reported": true, "known": true, "officially": true, "now": true,
}

// tollBefore are the words an ordinal of a toll follows: "the", "a", "its",
// a possessive ("the country's 20th death").
var tollBefore = map[string]bool{
	"the": true, "a": true, "its": true, "their": true, "another": true, "his": true, "her": true,
}

// ordinalToll turns an ordinal read as a toll into its count, and reports
// whether it did.
func (s *sent) ordinalToll(c *cand) bool {
	if c.kind != KindOrdinal || c.j >= len(s.toks) || s.toks[c.j].kind != tokWord {
		return false
	}
	if p := s.word(c.i - 1); !tollBefore[p] && !isPossessiveWord(p) {
		return false
	}
	noun := s.word(c.j)
	if n := c.j + 1; n < len(s.toks) && (s.toks[n].text == "-" && !s.toks[n].space || tollCompounds[s.word(n)]) {
		return false // "the fourth death-defying stunt", "its first death row inmate"
	}
	head := singular(noun)
	event, subject := "", ""
	if ev, ok := tollNouns[head]; ok && head == noun {
		event, subject = ev, noun
		if ev == "killed" {
			subject = "people killed" // as "20 deaths" reads
		}
	}
	if person, ok := tollPersons[head]; ok && head == noun {
		k := c.j + 1
		for k < c.j+5 && tollLinks[s.word(k)] {
			k++
		}
		if ev := eventWords[s.word(k)]; ev != "" && peopleEvents[ev] {
			event, subject = ev, person+" "+ev
		} else if subject == "" {
			return false
		}
	}
	if subject == "" {
		return false
	}
	c.kind = KindCount
	c.subject, c.event = subject, event
	c.measure = measureOf(subject, event)
	c.rule = ordinalTollRule
	return true
}

// isPossessiveWord reports a word in 's or s' ("country's", "states'").
func isPossessiveWord(w string) bool {
	return len(w) > 2 && (w[len(w)-2:] == "'s" || w[len(w)-1] == '\'')
}
