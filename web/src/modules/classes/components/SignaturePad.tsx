import { ClearOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useRef, type PointerEvent, type RefObject } from 'react';
import { canvasPoint } from '../signature';
import { signatureTexts as t } from '../texts';

/** The bitmap is fixed; the element scales with the modal, and pointers are mapped back (canvasPoint). */
const PAD_WIDTH = 720;
const PAD_HEIGHT = 280;
const INK = '#1f1f1f';
const STROKE_PX = 4;

function blank(canvas: HTMLCanvasElement) {
  const context = canvas.getContext('2d');
  if (!context) return;
  // A white ground, so the exported PNG reads the same in any viewer.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
}

/**
 * A handwriting pad on a <canvas> driven by pointer events, so a finger, a
 * stylus and a mouse all write. `onInk` says whether anything is written.
 */
export function SignaturePad({ canvasRef, label, onInk }: { canvasRef: RefObject<HTMLCanvasElement | null>; label: string; onInk: (inked: boolean) => void }) {
  const drawing = useRef(false);

  useEffect(() => {
    if (canvasRef.current) blank(canvasRef.current);
  }, [canvasRef]);

  const pointAt = (event: PointerEvent<HTMLCanvasElement>) => {
    const canvas = event.currentTarget;
    return canvasPoint(event, canvas.getBoundingClientRect(), canvas);
  };

  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = pointAt(event);
    context.strokeStyle = INK;
    context.fillStyle = INK;
    context.lineWidth = STROKE_PX;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.beginPath();
    context.arc(x, y, STROKE_PX / 2, 0, Math.PI * 2);
    context.fill();
    context.beginPath();
    context.moveTo(x, y);
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    const { x, y } = pointAt(event);
    context.lineTo(x, y);
    context.stroke();
  };

  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onInk(true);
  };

  const clear = () => {
    if (canvasRef.current) blank(canvasRef.current);
    onInk(false);
  };

  return (
    <div className="xk-signature">
      <canvas
        ref={canvasRef}
        width={PAD_WIDTH}
        height={PAD_HEIGHT}
        className="xk-signature-pad"
        role="img"
        aria-label={label}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <Button icon={<ClearOutlined />} onClick={clear}>
        {t.clear}
      </Button>
    </div>
  );
}
