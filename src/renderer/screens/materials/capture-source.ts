/**
 * Where 拍摄 takes its pictures from. Most 高拍仪 are plain UVC cameras (getUserMedia); vendors
 * also ship local capture services (auto-crop, deskew) that plug in here as further adapters,
 * the way ID-card readers do. Only the UVC adapter exists today.
 */
export interface CaptureSource {
  /** Starts the picture in `video` (the live view the clerk aims with). */
  start(video: HTMLVideoElement): Promise<void>;
  /** One page, as the camera saw it (JPEG). */
  takePage(): Promise<Blob>;
  stop(): void;
}

/** Full-resolution stills for legible text: ask for the camera's best up to 4K. */
const wanted: MediaTrackConstraints = { width: { ideal: 3840 }, height: { ideal: 2160 } };

export function uvcCaptureSource(deviceId: string | null): CaptureSource {
  let stream: MediaStream | null = null;
  let view: HTMLVideoElement | null = null;
  return {
    async start(video) {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: deviceId ? { ...wanted, deviceId: { exact: deviceId } } : wanted,
      });
      view = video;
      video.srcObject = stream;
      await video.play();
    },
    takePage() {
      if (!view || view.videoWidth === 0) return Promise.reject(new Error('摄像头尚未就绪'));
      const canvas = document.createElement('canvas');
      canvas.width = view.videoWidth;
      canvas.height = view.videoHeight;
      canvas.getContext('2d')?.drawImage(view, 0, 0);
      return new Promise((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('拍摄失败'))), 'image/jpeg', 0.92),
      );
    },
    stop() {
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
      if (view) view.srcObject = null;
    },
  };
}

/** The cameras of this PC, for 系统设置 (names appear once the camera was allowed once). */
export async function listCameras(): Promise<{ deviceId: string; label: string }[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'videoinput').map((d, i) => ({ deviceId: d.deviceId, label: d.label || `摄像头 ${i + 1}` }));
}

/** A short Chinese reason for a camera that would not start. */
export function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError') return '摄像头使用未获允许';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return '未找到所选摄像头，请在系统设置中重新选择高拍仪';
  if (name === 'NotReadableError') return '摄像头被其他程序占用';
  return `摄像头无法打开：${error instanceof Error ? error.message : String(error)}`;
}
