/**
 * The member's camera as a playing video element. The picture is not mirrored: the model reads bodies,
 * not picture sides, so left stays left; a selfie preview may be mirrored with CSS for the member.
 */

export interface CameraOptions {
  /** 'user' is the selfie camera, 'environment' the one on the back. */
  facingMode?: 'user' | 'environment';
  /** Wanted size; the camera gives the nearest it has. 640×480 is plenty for a 192-pixel model. */
  width?: number;
  height?: number;
}

export interface Camera {
  video: HTMLVideoElement;
  stop(): void;
}

export async function openCamera(options: CameraOptions = {}): Promise<Camera> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: {
      facingMode: options.facingMode ?? 'user',
      width: { ideal: options.width ?? 640 },
      height: { ideal: options.height ?? 480 },
    },
  });
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  const stop = () => {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    await video.play();
  } catch (error) {
    // Permission was given but the picture would not start: the camera must not stay on behind an error.
    stop();
    throw error;
  }
  return { video, stop };
}
