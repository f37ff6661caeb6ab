package corpus

import (
	"strconv"
	"strings"
)

// docxLevel is one level of a list definition of numbering.xml.
type docxLevel struct {
	format string // decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none
	text   string // "%1.", "%1.%2.", "-"
	start  int
}

// docxNumbering holds the list definitions of a docx and the counters of
// the paragraphs read so far: Word stores "1.", "a)", "II." of automatic
// lists outside the text, and section parsing needs them.
type docxNumbering struct {
	abstract map[string]*[9]docxLevel // abstractNumId → levels
	nums     map[string]string        // numId → abstractNumId
	counters map[string]*[9]int       // abstractNumId → counters per level
}

func newDocxNumbering() *docxNumbering {
	return &docxNumbering{abstract: map[string]*[9]docxLevel{}, nums: map[string]string{}, counters: map[string]*[9]int{}}
}

// parse reads numbering.xml; a broken part leaves what was read so far.
func (n *docxNumbering) parse(data []byte) {
	d := newDocxScanner(data)
	var (
		cur      *[9]docxLevel
		lvl      = -1
		curNum   string
		inNumDef bool
	)
	for {
		tok, err := d.token()
		if err != nil {
			return
		}
		switch tok.kind {
		case 's':
			e := tok.start
			switch e.Name.Local {
			case "abstractNum":
				cur, lvl = &[9]docxLevel{}, -1
				for i := range cur {
					cur[i].start = 1
				}
				n.abstract[docxAttr(e, "abstractNumId")] = cur
			case "lvl":
				lvl = -1
				if v, err := strconv.Atoi(docxAttr(e, "ilvl")); err == nil && v >= 0 && v < 9 {
					lvl = v
				}
			case "start", "numFmt", "lvlText":
				if cur == nil || lvl < 0 || inNumDef {
					continue
				}
				v := docxAttr(e, "val")
				switch e.Name.Local {
				case "start":
					if s, err := strconv.Atoi(v); err == nil && s >= 0 && s < 1<<20 {
						cur[lvl].start = s
					}
				case "numFmt":
					cur[lvl].format = v
				case "lvlText":
					cur[lvl].text = v
				}
			case "num":
				curNum, inNumDef = docxAttr(e, "numId"), true
			case "abstractNumId":
				if inNumDef {
					n.nums[curNum] = docxAttr(e, "val")
				}
			}
		case 'e':
			switch tok.end.Local {
			case "abstractNum":
				cur = nil
			case "num":
				inNumDef = false
			}
		}
	}
}

// label advances the counter of list numId at level ilvl and returns the
// paragraph's label ("2.", "a)", "-"), or "".
func (n *docxNumbering) label(numID string, ilvl int) string {
	if n == nil || numID == "" || numID == "0" || ilvl < 0 || ilvl > 8 {
		return ""
	}
	absID, ok := n.nums[numID]
	if !ok {
		return ""
	}
	levels := n.abstract[absID]
	if levels == nil {
		return ""
	}
	c := n.counters[absID]
	if c == nil {
		c = &[9]int{}
		for i := range c {
			c[i] = levels[i].start - 1
		}
		n.counters[absID] = c
	}
	c[ilvl]++
	for i := ilvl + 1; i < 9; i++ {
		c[i] = levels[i].start - 1
	}
	lv := levels[ilvl]
	switch lv.format {
	case "none":
		return ""
	case "bullet":
		if t := strings.TrimSpace(lv.text); t != "" && t[0] < 0x80 {
			return t
		}
		return "-" // a Symbol or Wingdings glyph
	}
	var sb strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			v := c[k]
			if k != ilvl && v < levels[k].start {
				v = levels[k].start
			}
			sb.WriteString(docxFormatNumber(levels[k].format, v))
			i++
			continue
		}
		sb.WriteByte(t[i])
	}
	return strings.TrimSpace(sb.String())
}

// docxFormatNumber writes v in a list number format.
func docxFormatNumber(format string, v int) string {
	switch format {
	case "lowerLetter", "upperLetter":
		if v < 1 {
			v = 1
		}
		s := strings.Repeat(string(rune('a'+(v-1)%26)), (v-1)/26+1)
		if format == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman", "upperRoman":
		s := docxRoman(v)
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(v)
}

// docxRoman writes v (1–3999) in Roman numerals, else in digits.
func docxRoman(v int) string {
	if v < 1 || v > 3999 {
		return strconv.Itoa(v)
	}
	vals := [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, x := range vals {
		for v >= x {
			sb.WriteString(syms[i])
			v -= x
		}
	}
	return sb.String()
}
