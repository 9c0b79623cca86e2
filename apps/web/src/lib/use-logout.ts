import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { apiClient } from './api-client';

export function useLogout(): () => Promise<void> {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await apiClient.logout();
    queryClient.clear();
    await navigate('/', { replace: true });
  }, [navigate, queryClient]);
}
