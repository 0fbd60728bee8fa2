package compare

import (
	"strings"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/internal/snowball"
)

// This file holds the comparer's word data: which words name people, a
// category's members, opposed things, the sides of sources, events. Words
// that name one thing differently come from package lexicon (WordNet and a
// news concept table), not from a list here. Words are written as plain
// English; init stems them with the same stemmer facts.SubjectTerms uses, so
// a table entry matches whatever inflection a subject carries.

// demonyms pairs places with their adjectives so that "Ukraine's territory"
// and "Ukrainian land" share the stem of Ukraine. The first word of each
// entry is the canonical one.
var demonyms = [][]string{
	{"ukraine", "ukrainian", "ukrainians"},
	{"russia", "russian", "russians"},
	{"israel", "israeli", "israelis"},
	{"palestine", "palestinian", "palestinians"},
	{"gaza", "gazan", "gazans"},
	{"lebanon", "lebanese"},
	{"syria", "syrian", "syrians"},
	{"iran", "iranian", "iranians"},
	{"iraq", "iraqi", "iraqis"},
	{"yemen", "yemeni", "yemenis"},
	{"egypt", "egyptian", "egyptians"},
	{"sudan", "sudanese"},
	{"turkey", "turkish", "turkiye"},
	{"afghanistan", "afghan", "afghans"},
	{"pakistan", "pakistani", "pakistanis"},
	{"india", "indian", "indians"},
	{"china", "chinese"},
	{"japan", "japanese"},
	{"korea", "korean", "koreans"},
	{"taiwan", "taiwanese"},
	{"us", "america", "american", "americans", "usa"},
	{"uk", "britain", "british", "briton", "britons"},
	{"france", "french"},
	{"germany", "german", "germans"},
	{"italy", "italian", "italians"},
	{"spain", "spanish"},
	{"poland", "polish"},
	{"greece", "greek", "greeks"},
	{"netherlands", "dutch"},
	{"belarus", "belarusian", "belarusians"},
	{"georgia", "georgian", "georgians"},
	{"europe", "european", "europeans"},
	{"africa", "african", "africans"},
	{"nigeria", "nigerian", "nigerians"},
	{"kenya", "kenyan", "kenyans"},
	{"ethiopia", "ethiopian", "ethiopians"},
	{"mexico", "mexican", "mexicans"},
	{"canada", "canadian", "canadians"},
	{"brazil", "brazilian", "brazilians"},
	{"australia", "australian", "australians"},
}

// genericWords say nothing about what is counted: "25 people killed" and
// "25 killed" are the same figure. They weigh nothing in subject similarity.
var genericWords = []string{
	"people", "person", "persons", "individuals", "number", "total", "figure",
	"toll", "count", "amount", "tally", "share", "proportion", "percentage",
	"percent", "per", "cent", "some", "about", "around", "more", "than",
	"least", "overall", "s", "member", "members", "unit", "units",
	// unit words the extractor may leave in a subject come from its own
	// table: facts.UnitWords, added below.
}

// contentForms are forms of generic words that name a thing: "a share of
// the vote" is generic, "40 million shares" and "shares rose 3%" are stock.
var contentForms = map[string]bool{"shares": true}

// sentenceStopWords are left out when a figure without subject is matched
// by the words of its sentence: they say nothing of what it is about.
var sentenceStopWords = []string{
	"when", "where", "which", "who", "whom", "whose", "what", "while", "it",
	"there", "here", "they", "them", "he", "she", "we", "i", "you", "him",
	"not", "no", "but", "if", "then", "than", "also", "only", "just", "into",
	"onto", "about", "after", "before", "since", "until", "up", "down",
	"out", "over", "under", "off", "again", "has", "have", "had", "having",
	"do", "does", "did", "will", "would", "could", "should", "can", "may",
	"might", "must", "said", "says", "say", "told", "according", "added",
	"being", "such", "other", "each", "every", "any", "both", "many",
	"much", "most", "very", "now", "still", "yet", "last", "first",
}

// peopleWords are the generic words that still say a figure counts people.
var peopleWords = []string{"people", "person", "persons", "individuals"}

// weakWords add little: "annual inflation" is still inflation. They weigh
// half.
var weakWords = []string{
	"new", "year", "annual", "yearly", "monthly", "quarterly", "daily",
	"weekly", "local", "official", "officially", "estimated", "reported",
	"confirmed", "rate", "other", "further", "additional", "latest",
	"current", "recent", "so", "far",
}

// categoryWords name who or what is counted, or which measure of a thing.
// Two subjects that both name members of one category, and no member in
// common, are about different things and never align ("civilians killed"
// and "soldiers killed", "drones shot down" and "missiles shot down",
// "annual inflation" and "monthly inflation"); the places of the demonyms
// table form the category "place" the same way ("Russian soldiers",
// "Ukrainian soldiers").
//
// A word of genericWords ("member") is no member of a category: "crew
// members" are the crew.
var categoryWords = map[string][]string{
	"person": {
		"civilian", "child", "soldier", "woman", "man", "girl", "boy",
		"infant", "resident", "worker", "journalist", "police", "firefighter",
		"patient", "migrant", "refugee", "student", "passenger", "crew",
		"prisoner", "hostage", "fighter", "militant", "combatant", "staff",
		"doctor", "nurse", "teacher", "adult", "elderly", "pilgrim", "tourist",
		"miner", "sailor", "pilot", "voter", "employee", "youth",
		"protester", "demonstrator",
	},
	"munition": {
		"drone", "missile", "rocket", "shell", "bomb", "projectile", "warhead",
	},
	"period": {"annual", "yearly", "monthly", "quarterly", "weekly", "daily"},
	"measure": {
		"core", "underlying", "headline", "real", "nominal", "net", "gross",
		"average", "median", "minimum", "maximum", "peak",
	},
}

// opposedWords are pairs of words that name two sides or two opposite
// things a report counts side by side: never the same figure.
var opposedWords = [][2]string{
	{"yes", "no"}, {"import", "export"}, {"buy", "sell"}, {"buyer", "seller"}, {"birth", "death"},
	{"win", "loss"}, {"gain", "loss"}, {"profit", "loss"}, {"delivery", "order"}, {"revenue", "cost"},
	{"income", "expense"}, {"inflow", "outflow"}, {"supporter", "opponent"}, {"approve", "disapprove"},
	{"arrival", "departure"}, {"surplus", "deficit"}, {"asset", "liability"}, {"demand", "supply"},
	{"high", "low"}, {"maximum", "minimum"}, {"home", "away"}, {"male", "female"},
	// how much of a count is done is no share of the vote, nor the turnout
	{facts.MeasureCounted, "vote"}, {facts.MeasureCounted, "turnout"}, {facts.MeasureCounted, "seat"},
}

// opposedSides are the two sides of a vote as the extractor names them in
// a scope, last ("yes", "no", "nt yes"; a tally's "for" and "against"):
// two figures of opposed sides are two parts of the vote, never one figure,
// whether or not a report gives both (sidesApart).
var opposedSides = map[[2]string]bool{
	{"yes", "no"}: true, {"no", "yes"}: true,
	{facts.ScopeFor, facts.ScopeAgainst}: true, {facts.ScopeAgainst, facts.ScopeFor}: true,
}

// sourceKinds map the words of a source to the side it speaks for. Two
// figures that differ, each given by a source of another side (police and
// organisers, a union and the employer, the UN and a government), are a
// difference to review, not a conflict; sources of one side ("the home
// ministry", "officials") are one voice.
var sourceKinds = map[string]string{
	"police": "police", "officer": "police",
	"organiser": "organisers", "organizer": "organisers", "campaigner": "organisers", "activist": "organisers",
	"union": "union", "worker": "union", "employer": "employer", "management": "employer", "company": "employer",
	"government": "government", "ministry": "government", "official": "government", "authoritie": "government",
	"minister": "government", "governor": "government", "mayor": "government", "state": "government",
	"opposition": "opposition", "rebel": "rebels", "militant": "rebels", "insurgent": "rebels",
	"army": "military", "military": "military", "un": "un", "unhcr": "un", "who": "un", "unicef": "un",
	"ocha": "un", "agency": "un", "ngo": "ngo", "charity": "ngo", "red": "ngo",
}

// heavyCategories are the categories whose words change what a figure
// counts when one subject has them and the other not: "children killed" is
// not "people killed", "core inflation" is not inflation, whereas "drones
// launched" is "attack drones launched". Their words weigh double and count
// against similarity when unmatched.
var heavyCategories = map[string]bool{"person": true, "measure": true}

// marketWords name prices and levels a market sets every trading day: a
// figure about one of them in a report of another day is another reading.
var marketWords = []string{
	"crude", "oil", "brent", "futures", "barrel", "share", "shares", "stock", "stocks",
	"index", "gold", "silver", "copper", "bitcoin", "yield", "yields", "bond", "bonds",
	"currency", "exchange", "dollar", "euro", "yen", "sterling", "pound",
}

// wholeWords say a figure is a whole its report may split ("the
// national toll stood at 118", "the total rose to 14"), partWords that
// it is a part ("two other victims died at the scene"): a report's two
// tallies of one event so worded are a whole and its part, not one tally
// told twice (twoTallies).
var (
	wholeWords = []string{"toll", "total", "overall", "national", "nationwide", "altogether", "cumulative", "tally"}
	partWords  = []string{"other", "others", "another", "including", "among"}
)

// eventWords are the canonical event words of GOLD.md with the words that
// stand for them. A subject naming one of them has that event even when the
// extractor left Fact.Event empty, except for the events of
// eventFieldOnly, whose words are common nouns too ("fire", "rescue teams").
var eventWords = map[string][]string{
	"killed":       {"killed", "kill", "killing", "dead", "died", "die", "death", "deaths", "fatalities", "fatality", "fatal", "lives", "bodies", "body", "victims"},
	"injured":      {"injured", "injuries", "injury", "wounded", "wounding", "hurt"},
	"missing":      {"missing", "unaccounted"},
	"shot down":    {"shot down", "intercepted", "interception", "interceptions", "downed"},
	"launched":     {"launched", "fired"},
	"arrested":     {"arrested", "arrests", "detained", "detentions"},
	"displaced":    {"displaced", "fled", "displacement"},
	"evacuated":    {"evacuated", "evacuation", "evacuations"},
	"rescued":      {"rescued", "rescue", "rescues"},
	"hospitalised": {"hospitalised", "hospitalized", "hospitalisation", "hospitalization"},
}

// eventFieldOnly are events taken from Fact.Event only, never guessed from
// the words of a subject.
var eventFieldOnly = map[string]bool{"launched": true, "rescued": true, "evacuated": true}

// Stemmed forms of the tables above, built once.
var (
	stemCanon   = map[string]string{}   // stem → canonical stem
	stemWeight  = map[string]float64{}  // stem → weight when not 1
	stemEvent   = map[string]string{}   // stem → canonical event
	stemCat     = map[string]string{}   // canonical stem → category
	stemHeavy   = map[string]bool{}     // canonical stem → of a heavy category
	stemStop    = map[string]bool{}     // stems left out of sentence terms
	peopleStems = map[string]bool{}     // stems of peopleWords
	eventCanon  = map[string]string{}   // event word (any form) → canonical event
	eventStems  = map[string][]string{} // canonical event → stems standing for it
	stemOpposed = map[string]bool{}     // "a\x00b" for the stems of opposedWords, both ways
	marketStems = map[string]bool{}     // canonical stems of marketWords
)

// stem is english.Stem(strings.ToLower(w), false), by internal/snowball's
// rewrite on bytes: the same stems at about a tenth of the instructions
// (a thousand reports' sentences hold some 2,500 words to stem).
func stem(w string) string { return snowball.English(strings.ToLower(w)) }

func init() {
	for _, row := range demonyms {
		c := stem(row[0])
		for _, w := range row[1:] {
			stemCanon[stem(w)] = c
		}
	}
	for _, w := range append(genericWords, facts.UnitWords()...) {
		stemWeight[canonStem(stem(w))] = 0
	}
	for _, w := range peopleWords {
		peopleStems[stem(w)] = true
	}
	for _, w := range sentenceStopWords {
		stemStop[stem(w)] = true
	}
	for _, w := range weakWords {
		stemWeight[canonStem(stem(w))] = 0.5
	}
	for cat, ws := range categoryWords {
		for _, w := range ws {
			s := canonStem(stem(w))
			stemCat[s] = cat
			if heavyCategories[cat] {
				stemWeight[s] = 2
				stemHeavy[s] = true
			}
		}
	}
	for _, row := range demonyms {
		stemCat[stem(row[0])] = "place"
	}
	for ev, ws := range eventWords {
		eventCanon[ev] = ev
		for _, w := range ws {
			eventCanon[w] = ev
			if strings.Contains(w, " ") {
				continue // "shot down" is found as a pair of stems
			}
			s := stem(w)
			eventStems[ev] = append(eventStems[ev], s)
			if !eventFieldOnly[ev] {
				stemEvent[s] = ev
			}
		}
	}
	eventStems["shot down"] = append(eventStems["shot down"], "shot", "down")
	for _, p := range opposedWords {
		a, b := canonStem(stem(p[0])), canonStem(stem(p[1]))
		stemOpposed[a+"\x00"+b], stemOpposed[b+"\x00"+a] = true, true
	}
	stemEvent["down"] = "shot down"
	for _, w := range marketWords {
		marketStems[stem(w)], marketStems[canonStem(stem(w))] = true, true
	}
}

// canonStem maps a stem through the synonym and demonym tables.
func canonStem(s string) string {
	if c, ok := stemCanon[s]; ok {
		return c
	}
	return s
}

// termWeight is the weight of a canonical stem in subject similarity.
func termWeight(s string) float64 {
	if w, ok := stemWeight[s]; ok {
		return w
	}
	if len(s) < 2 {
		return 0
	}
	return 1
}

// canonEvent returns the canonical form of an event word: "wounded" →
// "injured", "intercepted" → "shot down"; an unknown word is kept, lower case.
func canonEvent(e string) string {
	e = strings.ToLower(strings.TrimSpace(e))
	if e == "" {
		return ""
	}
	if c, ok := eventCanon[e]; ok {
		return c
	}
	if c, ok := stemEvent[stem(e)]; ok {
		return c
	}
	return e
}
