package corpus

import (
	"context"
	"fmt"
)

// readDOCX is a stub until its reader lands.
func readDOCX(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return nil, fmt.Errorf("docx: %w", ErrUnsupported)
}
