import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.XUNKAO_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/oidc': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Vendor code changes rarely: keep it apart from the app so upgrades of either stay cacheable.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(antd-mobile|antd-mobile-icons|@react-spring|@use-gesture)\//.test(id)) return 'antd-mobile';
          if (/node_modules\/(antd|@ant-design|rc-[^/]+|@rc-component)\//.test(id)) return 'antd';
          // Only the lazily loaded 监管驾驶舱 uses ECharts: its own chunk keeps it out of every other page's download.
          if (/node_modules\/(echarts|echarts-for-react|zrender|size-sensor)\//.test(id)) return 'echarts';
          return 'vendor';
        },
      },
    },
  },
});
