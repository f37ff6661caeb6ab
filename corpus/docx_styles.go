package corpus

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// docxRunProps are the run properties the reader cares about: the font
// (which tells a legacy encoding) and whether letters show as capitals.
type docxRunProps struct {
	font    string // w:rFonts w:ascii or w:hAnsi
	caps    bool   // w:caps or w:smallCaps
	hasCaps bool   // caps was set explicitly
	vanish  bool   // w:vanish: hidden text
}

// merge returns p with the properties set in q laid over it.
func (p docxRunProps) merge(q docxRunProps) docxRunProps {
	if q.font != "" {
		p.font = q.font
	}
	if q.hasCaps {
		p.caps, p.hasCaps = q.caps, true
	}
	if q.vanish {
		p.vanish = true
	}
	return p
}

// docxStyle is one w:style of styles.xml.
type docxStyle struct {
	basedOn string
	props   docxRunProps
	num     docxNumRef // numbering of a paragraph style (headings, list styles)
}

// docxNumRef names a list and its level.
type docxNumRef struct {
	id   string
	ilvl int
}

// docxStyles are the document defaults and the styles by id.
type docxStyles struct {
	defaults     docxRunProps
	defaultPara  string
	byID         map[string]docxStyle
	resolvedMemo map[string]docxRunProps
}

func newDocxStyles() *docxStyles {
	return &docxStyles{byID: map[string]docxStyle{}, resolvedMemo: map[string]docxRunProps{}}
}

// parse reads styles.xml; a broken part leaves what was read so far.
func (s *docxStyles) parse(data []byte) {
	d := newDocxScanner(data)
	var (
		inDefaults, inStyle, inRPr, inPPr bool
		cur                               docxStyle
		curID                             string
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
			case "rPrDefault":
				inDefaults = true
			case "style":
				inStyle, cur, curID = true, docxStyle{}, docxAttr(e, "styleId")
				if docxAttr(e, "type") == "paragraph" && docxOn(docxAttr(e, "default"), false) {
					s.defaultPara = curID
				}
			case "basedOn":
				if inStyle {
					cur.basedOn = docxAttr(e, "val")
				}
			case "rPr":
				inRPr = true
			case "pPr":
				inRPr, inPPr = false, true
			case "numId":
				if inStyle && inPPr {
					cur.num.id = docxAttr(e, "val")
				}
			case "ilvl":
				if inStyle && inPPr {
					if v, err := strconv.Atoi(docxAttr(e, "val")); err == nil {
						cur.num.ilvl = v
					}
				}
			default:
				if inRPr && (inStyle || inDefaults) {
					p := &cur.props
					if inDefaults && !inStyle {
						p = &s.defaults
					}
					docxRunProp(e, p)
				}
			}
		case 'e':
			switch tok.end.Local {
			case "rPrDefault":
				inDefaults = false
			case "style":
				if inStyle && curID != "" {
					s.byID[curID] = cur
				}
				inStyle = false
			case "rPr":
				inRPr = false
			case "pPr":
				inPPr = false
			}
		}
	}
}

// numbering returns the list of paragraph style id, from the style or the
// styles it is based on.
func (s *docxStyles) numbering(id string) docxNumRef {
	seen := 0
	for cur := id; cur != "" && seen < 32; seen++ {
		st, ok := s.byID[cur]
		if !ok {
			break
		}
		if st.num.id != "" {
			return st.num
		}
		cur = st.basedOn
	}
	return docxNumRef{}
}

// props returns the run properties of style id with those it is based on,
// over the document defaults.
func (s *docxStyles) props(id string) docxRunProps {
	if id == "" {
		return s.defaults
	}
	if p, ok := s.resolvedMemo[id]; ok {
		return p
	}
	chain := make([]docxRunProps, 0, 4)
	seen := map[string]bool{}
	for cur := id; cur != "" && !seen[cur] && len(chain) < 32; {
		seen[cur] = true
		st, ok := s.byID[cur]
		if !ok {
			break
		}
		chain = append(chain, st.props)
		cur = st.basedOn
	}
	p := s.defaults
	for i := len(chain) - 1; i >= 0; i-- {
		p = p.merge(chain[i])
	}
	s.resolvedMemo[id] = p
	return p
}

// docxRunProp records one child element of a w:rPr.
func docxRunProp(e xml.StartElement, p *docxRunProps) {
	switch e.Name.Local {
	case "rFonts":
		if f := docxAttr(e, "hAnsi"); f != "" && docxLegacyFont(f) != "" {
			p.font = f
		} else if f := docxAttr(e, "ascii"); f != "" {
			p.font = f
		} else if f != "" {
			p.font = f
		}
	case "caps", "smallCaps":
		p.caps, p.hasCaps = docxOn(docxAttr(e, "val"), true), true
	case "vanish":
		p.vanish = docxOn(docxAttr(e, "val"), true)
	}
}

// docxAttr returns the value of the attribute with local name local.
func docxAttr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// docxOn reads an OOXML boolean ("1", "true", "on"; absent means def).
func docxOn(v string, def bool) bool {
	switch strings.ToLower(v) {
	case "":
		return def
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// docxRel is one relationship of a .rels part.
type docxRel struct {
	typ, target string
}

// docxRels reads the relationships of a .rels part.
func docxRels(data []byte) []docxRel {
	d := newDocxScanner(data)
	var out []docxRel
	for {
		tok, err := d.token()
		if err != nil {
			return out
		}
		if e := tok.start; tok.kind == 's' && e.Name.Local == "Relationship" {
			out = append(out, docxRel{typ: docxAttr(e, "Type"), target: docxAttr(e, "Target")})
		}
	}
}
