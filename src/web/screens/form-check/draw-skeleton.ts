/**
 * The skeleton over the picture: the keypoints the model is sure of, and the bones between them. Drawn
 * on a canvas the size of the video frame, laid over the video, so the two line up at any screen size.
 */
import type { Keypoint, KeypointName } from '../../../core/form/keypoints.ts';

const BONES: readonly (readonly [KeypointName, KeypointName])[] = [
  ['left_shoulder', 'right_shoulder'],
  ['left_shoulder', 'left_elbow'],
  ['left_elbow', 'left_wrist'],
  ['right_shoulder', 'right_elbow'],
  ['right_elbow', 'right_wrist'],
  ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'],
  ['left_hip', 'right_hip'],
  ['left_hip', 'left_knee'],
  ['left_knee', 'left_ankle'],
  ['right_hip', 'right_knee'],
  ['right_knee', 'right_ankle'],
];

const LINE_COLOUR = 'rgba(255, 255, 255, 0.9)';
const POINT_COLOUR = '#22c55e';
const OUTLINE_COLOUR = 'rgba(15, 23, 42, 0.85)';

/** Clears the canvas and draws the keypoints scored at least `minScore`, sized to the canvas. */
export function drawSkeleton(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  keypoints: readonly Keypoint[],
  minScore: number,
): void {
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d');
  if (context === null) return;
  context.clearRect(0, 0, width, height);
  const seen = new Map<KeypointName, Keypoint>();
  for (const keypoint of keypoints) if (keypoint.score >= minScore) seen.set(keypoint.name, keypoint);
  if (seen.size === 0) return;
  const unit = Math.max(2, Math.min(width, height) / 120);
  context.lineCap = 'round';
  for (const [colour, lineWidth] of [
    [OUTLINE_COLOUR, unit * 1.8],
    [LINE_COLOUR, unit],
  ] as const) {
    context.strokeStyle = colour;
    context.lineWidth = lineWidth;
    context.beginPath();
    for (const [from, to] of BONES) {
      const start = seen.get(from);
      const end = seen.get(to);
      if (!start || !end) continue;
      context.moveTo(start.x, start.y);
      context.lineTo(end.x, end.y);
    }
    context.stroke();
  }
  context.fillStyle = POINT_COLOUR;
  context.strokeStyle = OUTLINE_COLOUR;
  context.lineWidth = unit * 0.5;
  for (const keypoint of seen.values()) {
    context.beginPath();
    context.arc(keypoint.x, keypoint.y, unit * 1.4, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  }
}

export function clearSkeleton(canvas: HTMLCanvasElement | null): void {
  canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
}
