/** The one error shape every API failure uses (contract: Conventions). */
export interface ApiErrorDetail {
  field: string;
  message: string;
}

export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  details?: ApiErrorDetail[];
}
