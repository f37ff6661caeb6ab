package main

import (
	"context"
	"errors"
)

func runShow(ctx context.Context, e *env) error {
	return errors.New("show: not implemented yet")
}
